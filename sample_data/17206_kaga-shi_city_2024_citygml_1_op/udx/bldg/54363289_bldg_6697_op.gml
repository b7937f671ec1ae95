<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.316633 136.3624838 0</gml:lowerCorner>
<gml:upperCorner>36.3250502 136.3746267 26.12</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_76ca4da6-ab8f-4786-8051-0fba4fe7df45">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181139 136.3625984 0 36.3183043 136.3632258 0 36.318428 136.3631685 0 36.3183328 136.3628548 0 36.3184565 136.3627975 0 36.3183613 136.3624838 0 36.3181139 136.3625984 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183613 136.3624838 8.98 36.3184565 136.3627975 8.98 36.3183328 136.3628548 8.98 36.318428 136.3631685 8.98 36.3183043 136.3632258 8.98 36.3181139 136.3625984 8.98 36.3183613 136.3624838 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181139 136.3625984 8.98 36.3183043 136.3632258 8.98 36.3183043 136.3632258 16.57 36.3181139 136.3625984 16.57 36.3181139 136.3625984 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183043 136.3632258 8.98 36.318428 136.3631685 8.98 36.318428 136.3631685 16.57 36.3183043 136.3632258 16.57 36.3183043 136.3632258 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318428 136.3631685 8.98 36.3183328 136.3628548 8.98 36.3183328 136.3628548 16.57 36.318428 136.3631685 16.57 36.318428 136.3631685 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183328 136.3628548 8.98 36.3184565 136.3627975 8.98 36.3184565 136.3627975 16.57 36.3183328 136.3628548 16.57 36.3183328 136.3628548 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184565 136.3627975 8.98 36.3183613 136.3624838 8.98 36.3183613 136.3624838 16.57 36.3184565 136.3627975 16.57 36.3184565 136.3627975 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183613 136.3624838 8.98 36.3181139 136.3625984 8.98 36.3181139 136.3625984 16.57 36.3183613 136.3624838 16.57 36.3183613 136.3624838 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181139 136.3625984 16.57 36.3183043 136.3632258 16.57 36.318428 136.3631685 16.57 36.3183328 136.3628548 16.57 36.3184565 136.3627975 16.57 36.3183613 136.3624838 16.57 36.3181139 136.3625984 16.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.832</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">13.92</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.288</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">30.94</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1248.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1322.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-94</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b2303354-08c3-4b7a-90fb-04929928a4d8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177328 136.3636199 0 36.3175555 136.3630357 0 36.3174293 136.3630942 0 36.3175179 136.3633863 0 36.3173917 136.3634448 0 36.3174804 136.3637369 0 36.3177328 136.3636199 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174804 136.3637369 10.1 36.3173917 136.3634448 10.1 36.3175179 136.3633863 10.1 36.3174293 136.3630942 10.1 36.3175555 136.3630357 10.1 36.3177328 136.3636199 10.1 36.3174804 136.3637369 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177328 136.3636199 10.1 36.3175555 136.3630357 10.1 36.3175555 136.3630357 20.66 36.3177328 136.3636199 20.66 36.3177328 136.3636199 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175555 136.3630357 10.1 36.3174293 136.3630942 10.1 36.3174293 136.3630942 20.66 36.3175555 136.3630357 20.66 36.3175555 136.3630357 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174293 136.3630942 10.1 36.3175179 136.3633863 10.1 36.3175179 136.3633863 20.66 36.3174293 136.3630942 20.66 36.3174293 136.3630942 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175179 136.3633863 10.1 36.3173917 136.3634448 10.1 36.3173917 136.3634448 20.66 36.3175179 136.3633863 20.66 36.3175179 136.3633863 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173917 136.3634448 10.1 36.3174804 136.3637369 10.1 36.3174804 136.3637369 20.66 36.3173917 136.3634448 20.66 36.3173917 136.3634448 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174804 136.3637369 10.1 36.3177328 136.3636199 10.1 36.3177328 136.3636199 20.66 36.3174804 136.3637369 20.66 36.3174804 136.3637369 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177328 136.3636199 20.66 36.3175555 136.3630357 20.66 36.3174293 136.3630942 20.66 36.3175179 136.3633863 20.66 36.3173917 136.3634448 20.66 36.3174804 136.3637369 20.66 36.3177328 136.3636199 20.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.317</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">9.84</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.652</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">21.86</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">2195.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1256.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-95</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_834807f4-307a-41ab-94df-e255afdcf594">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183908 136.3640482 0 36.3184807 136.3643444 0 36.3186108 136.364284 0 36.318521 136.3639879 0 36.3183908 136.3640482 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318521 136.3639879 10.09 36.3186108 136.364284 10.09 36.3184807 136.3643444 10.09 36.3183908 136.3640482 10.09 36.318521 136.3639879 10.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183908 136.3640482 10.09 36.3184807 136.3643444 10.09 36.3184807 136.3643444 15.14 36.3183908 136.3640482 15.14 36.3183908 136.3640482 10.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184807 136.3643444 10.09 36.3186108 136.364284 10.09 36.3186108 136.364284 15.14 36.3184807 136.3643444 15.14 36.3184807 136.3643444 10.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186108 136.364284 10.09 36.318521 136.3639879 10.09 36.318521 136.3639879 15.14 36.3186108 136.364284 15.14 36.3186108 136.364284 10.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318521 136.3639879 10.09 36.3183908 136.3640482 10.09 36.3183908 136.3640482 15.14 36.318521 136.3639879 15.14 36.318521 136.3639879 10.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183908 136.3640482 15.14 36.3184807 136.3643444 15.14 36.3186108 136.364284 15.14 36.318521 136.3639879 15.14 36.3183908 136.3640482 15.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.105</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">15.08</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">370.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">438.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-96</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b995acec-764f-4e2d-b795-aa82362b32e0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180866 136.3642935 0 36.3180278 136.3640998 0 36.3178943 136.3641617 0 36.3179531 136.3643554 0 36.3180866 136.3642935 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179531 136.3643554 10.32 36.3178943 136.3641617 10.32 36.3180278 136.3640998 10.32 36.3180866 136.3642935 10.32 36.3179531 136.3643554 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180866 136.3642935 10.32 36.3180278 136.3640998 10.32 36.3180278 136.3640998 26.12 36.3180866 136.3642935 26.12 36.3180866 136.3642935 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180278 136.3640998 10.32 36.3178943 136.3641617 10.32 36.3178943 136.3641617 26.12 36.3180278 136.3640998 26.12 36.3180278 136.3640998 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178943 136.3641617 10.32 36.3179531 136.3643554 10.32 36.3179531 136.3643554 26.12 36.3178943 136.3641617 26.12 36.3178943 136.3641617 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179531 136.3643554 10.32 36.3180866 136.3642935 10.32 36.3180866 136.3642935 26.12 36.3179531 136.3643554 26.12 36.3179531 136.3643554 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180866 136.3642935 26.12 36.3180278 136.3640998 26.12 36.3178943 136.3641617 26.12 36.3179531 136.3643554 26.12 36.3180866 136.3642935 26.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.996</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">13.77</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">982.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">293.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-97</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c5bb45b8-85b1-476c-8081-f21de1ffbc9c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1970</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181657 136.364864 0 36.3180586 136.3645108 0 36.3178763 136.3645952 0 36.3179835 136.3649484 0 36.3181657 136.364864 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179835 136.3649484 10.37 36.3178763 136.3645952 10.37 36.3180586 136.3645108 10.37 36.3181657 136.364864 10.37 36.3179835 136.3649484 10.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181657 136.364864 10.37 36.3180586 136.3645108 10.37 36.3180586 136.3645108 18.28 36.3181657 136.364864 18.28 36.3181657 136.364864 10.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180586 136.3645108 10.37 36.3178763 136.3645952 10.37 36.3178763 136.3645952 18.28 36.3180586 136.3645108 18.28 36.3180586 136.3645108 10.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178763 136.3645952 10.37 36.3179835 136.3649484 10.37 36.3179835 136.3649484 18.28 36.3178763 136.3645952 18.28 36.3178763 136.3645952 10.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179835 136.3649484 10.37 36.3181657 136.364864 10.37 36.3181657 136.364864 18.28 36.3179835 136.3649484 18.28 36.3179835 136.3649484 10.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181657 136.364864 18.28 36.3180586 136.3645108 18.28 36.3178763 136.3645952 18.28 36.3179835 136.3649484 18.28 36.3181657 136.364864 18.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.722</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.26</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">705.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">731.46</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-98</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d177bf7a-45b3-40cf-ad2d-efc4c67824a1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318774 136.3651435 0 36.3189744 136.3658037 0 36.3191863 136.3657055 0 36.318986 136.3650453 0 36.318774 136.3651435 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318986 136.3650453 10.03 36.3191863 136.3657055 10.03 36.3189744 136.3658037 10.03 36.318774 136.3651435 10.03 36.318986 136.3650453 10.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318774 136.3651435 10.03 36.3189744 136.3658037 10.03 36.3189744 136.3658037 18.76 36.318774 136.3651435 18.76 36.318774 136.3651435 10.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189744 136.3658037 10.03 36.3191863 136.3657055 10.03 36.3191863 136.3657055 18.76 36.3189744 136.3658037 18.76 36.3189744 136.3658037 10.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191863 136.3657055 10.03 36.318986 136.3650453 10.03 36.318986 136.3650453 18.76 36.3191863 136.3657055 18.76 36.3191863 136.3657055 10.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318986 136.3650453 10.03 36.318774 136.3651435 10.03 36.318774 136.3651435 18.76 36.318986 136.3650453 18.76 36.318986 136.3650453 10.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318774 136.3651435 18.76 36.3189744 136.3658037 18.76 36.3191863 136.3657055 18.76 36.318986 136.3650453 18.76 36.318774 136.3651435 18.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.332</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">5.25</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1521.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1590.5</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-99</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6bfd80cd-7ab5-4815-bd32-4913bf7591e4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3185589 136.3659121 0 36.3183928 136.3653646 0 36.3181418 136.3654809 0 36.3183079 136.3660284 0 36.3185589 136.3659121 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183079 136.3660284 10.34 36.3181418 136.3654809 10.34 36.3183928 136.3653646 10.34 36.3185589 136.3659121 10.34 36.3183079 136.3660284 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3185589 136.3659121 10.34 36.3183928 136.3653646 10.34 36.3183928 136.3653646 20.19 36.3185589 136.3659121 20.19 36.3185589 136.3659121 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183928 136.3653646 10.34 36.3181418 136.3654809 10.34 36.3181418 136.3654809 20.19 36.3183928 136.3653646 20.19 36.3183928 136.3653646 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181418 136.3654809 10.34 36.3183079 136.3660284 10.34 36.3183079 136.3660284 20.19 36.3181418 136.3654809 20.19 36.3181418 136.3654809 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183079 136.3660284 10.34 36.3185589 136.3659121 10.34 36.3185589 136.3659121 20.19 36.3183079 136.3660284 20.19 36.3183079 136.3660284 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3185589 136.3659121 20.19 36.3183928 136.3653646 20.19 36.3181418 136.3654809 20.19 36.3183079 136.3660284 20.19 36.3185589 136.3659121 20.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.194</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.53</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1310.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1561.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-100</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e77444b5-b2ce-4772-91e2-607a092e2efb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188811 136.36723 0 36.3187462 136.3667853 0 36.3184626 136.3669167 0 36.3185975 136.3673614 0 36.3188811 136.36723 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3185975 136.3673614 10.32 36.3184626 136.3669167 10.32 36.3187462 136.3667853 10.32 36.3188811 136.36723 10.32 36.3185975 136.3673614 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188811 136.36723 10.32 36.3187462 136.3667853 10.32 36.3187462 136.3667853 21.79 36.3188811 136.36723 21.79 36.3188811 136.36723 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187462 136.3667853 10.32 36.3184626 136.3669167 10.32 36.3184626 136.3669167 21.79 36.3187462 136.3667853 21.79 36.3187462 136.3667853 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184626 136.3669167 10.32 36.3185975 136.3673614 10.32 36.3185975 136.3673614 21.79 36.3184626 136.3669167 21.79 36.3184626 136.3669167 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3185975 136.3673614 10.32 36.3188811 136.36723 10.32 36.3188811 136.36723 21.79 36.3185975 136.3673614 21.79 36.3185975 136.3673614 10.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188811 136.36723 21.79 36.3187462 136.3667853 21.79 36.3184626 136.3669167 21.79 36.3185975 136.3673614 21.79 36.3188811 136.36723 21.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">2507.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1433.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-101</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87b132bc-ae69-4dae-becc-0240520e5f18">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195698 136.3676268 0 36.3197156 136.3680359 0 36.3199449 136.3679111 0 36.3197992 136.367502 0 36.3195698 136.3676268 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197992 136.367502 9.73 36.3199449 136.3679111 9.73 36.3197156 136.3680359 9.73 36.3195698 136.3676268 9.73 36.3197992 136.367502 9.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195698 136.3676268 9.73 36.3197156 136.3680359 9.73 36.3197156 136.3680359 17.87 36.3195698 136.3676268 17.87 36.3195698 136.3676268 9.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197156 136.3680359 9.73 36.3199449 136.3679111 9.73 36.3199449 136.3679111 17.87 36.3197156 136.3680359 17.87 36.3197156 136.3680359 9.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199449 136.3679111 9.73 36.3197992 136.367502 9.73 36.3197992 136.367502 17.87 36.3199449 136.3679111 17.87 36.3199449 136.3679111 9.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197992 136.367502 9.73 36.3195698 136.3676268 9.73 36.3195698 136.3676268 17.87 36.3197992 136.367502 17.87 36.3197992 136.367502 9.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195698 136.3676268 17.87 36.3197156 136.3680359 17.87 36.3199449 136.3679111 17.87 36.3197992 136.367502 17.87 36.3195698 136.3676268 17.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">955.45</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1116.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-102</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0df852b4-403c-4bbb-8e83-5844f789c3a4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197209 136.3681416 0 36.3198589 136.368529 0 36.3200907 136.3684029 0 36.3199527 136.3680155 0 36.3197209 136.3681416 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199527 136.3680155 9.62 36.3200907 136.3684029 9.62 36.3198589 136.368529 9.62 36.3197209 136.3681416 9.62 36.3199527 136.3680155 9.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197209 136.3681416 9.62 36.3198589 136.368529 9.62 36.3198589 136.368529 17.77 36.3197209 136.3681416 17.77 36.3197209 136.3681416 9.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198589 136.368529 9.62 36.3200907 136.3684029 9.62 36.3200907 136.3684029 17.77 36.3198589 136.368529 17.77 36.3198589 136.368529 9.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200907 136.3684029 9.62 36.3199527 136.3680155 9.62 36.3199527 136.3680155 17.77 36.3200907 136.3684029 17.77 36.3200907 136.3684029 9.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199527 136.3680155 9.62 36.3197209 136.3681416 9.62 36.3197209 136.3681416 17.77 36.3199527 136.3680155 17.77 36.3199527 136.3680155 9.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197209 136.3681416 17.77 36.3198589 136.368529 17.77 36.3200907 136.3684029 17.77 36.3199527 136.3680155 17.77 36.3197209 136.3681416 17.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">993.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1068.04</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-103</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_047c3013-87c7-44f3-ae2b-c192b4ef4d07">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192876 136.36792 0 36.3192438 136.3677971 0 36.3191804 136.3678316 0 36.3192242 136.3679545 0 36.3192876 136.36792 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192242 136.3679545 10.11 36.3191804 136.3678316 10.11 36.3192438 136.3677971 10.11 36.3192876 136.36792 10.11 36.3192242 136.3679545 10.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192876 136.36792 10.11 36.3192438 136.3677971 10.11 36.3192438 136.3677971 16.73 36.3192876 136.36792 16.73 36.3192876 136.36792 10.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192438 136.3677971 10.11 36.3191804 136.3678316 10.11 36.3191804 136.3678316 16.73 36.3192438 136.3677971 16.73 36.3192438 136.3677971 10.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191804 136.3678316 10.11 36.3192242 136.3679545 10.11 36.3192242 136.3679545 16.73 36.3191804 136.3678316 16.73 36.3191804 136.3678316 10.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192242 136.3679545 10.11 36.3192876 136.36792 10.11 36.3192876 136.36792 16.73 36.3192242 136.3679545 16.73 36.3192242 136.3679545 10.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192876 136.36792 16.73 36.3192438 136.3677971 16.73 36.3191804 136.3678316 16.73 36.3192242 136.3679545 16.73 36.3192876 136.36792 16.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-104</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2e5f525b-cfe9-4b34-a791-867d72175064">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192118 136.3679612 0 36.31919 136.3679002 0 36.3191654 136.3679136 0 36.3191872 136.3679746 0 36.3192118 136.3679612 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191872 136.3679746 10.12 36.3191654 136.3679136 10.12 36.31919 136.3679002 10.12 36.3192118 136.3679612 10.12 36.3191872 136.3679746 10.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192118 136.3679612 10.12 36.31919 136.3679002 10.12 36.31919 136.3679002 13 36.3192118 136.3679612 13 36.3192118 136.3679612 10.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31919 136.3679002 10.12 36.3191654 136.3679136 10.12 36.3191654 136.3679136 13 36.31919 136.3679002 13 36.31919 136.3679002 10.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191654 136.3679136 10.12 36.3191872 136.3679746 10.12 36.3191872 136.3679746 13 36.3191654 136.3679136 13 36.3191654 136.3679136 10.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191872 136.3679746 10.12 36.3192118 136.3679612 10.12 36.3192118 136.3679612 13 36.3191872 136.3679746 13 36.3191872 136.3679746 10.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192118 136.3679612 13 36.31919 136.3679002 13 36.3191654 136.3679136 13 36.3191872 136.3679746 13 36.3192118 136.3679612 13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">17.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-105</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b827c62c-9306-4e88-bfcb-c4c753f20c7a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193699 136.3682332 0 36.3192784 136.3679762 0 36.3191483 136.3680469 0 36.3192398 136.3683039 0 36.3193699 136.3682332 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192398 136.3683039 10 36.3191483 136.3680469 10 36.3192784 136.3679762 10 36.3193699 136.3682332 10 36.3192398 136.3683039 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193699 136.3682332 10 36.3192784 136.3679762 10 36.3192784 136.3679762 18.4 36.3193699 136.3682332 18.4 36.3193699 136.3682332 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192784 136.3679762 10 36.3191483 136.3680469 10 36.3191483 136.3680469 18.4 36.3192784 136.3679762 18.4 36.3192784 136.3679762 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191483 136.3680469 10 36.3192398 136.3683039 10 36.3192398 136.3683039 18.4 36.3191483 136.3680469 18.4 36.3191483 136.3680469 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192398 136.3683039 10 36.3193699 136.3682332 10 36.3193699 136.3682332 18.4 36.3192398 136.3683039 18.4 36.3192398 136.3683039 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193699 136.3682332 18.4 36.3192784 136.3679762 18.4 36.3191483 136.3680469 18.4 36.3192398 136.3683039 18.4 36.3193699 136.3682332 18.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">707</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">397.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-106</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0754e4b1-1684-40c7-b01d-49901fb2ca6c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195283 136.368854 0 36.3194038 136.3685047 0 36.3191849 136.3686238 0 36.3193093 136.3689731 0 36.3195283 136.368854 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193093 136.3689731 9.84 36.3191849 136.3686238 9.84 36.3194038 136.3685047 9.84 36.3195283 136.368854 9.84 36.3193093 136.3689731 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195283 136.368854 9.84 36.3194038 136.3685047 9.84 36.3194038 136.3685047 17.33 36.3195283 136.368854 17.33 36.3195283 136.368854 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194038 136.3685047 9.84 36.3191849 136.3686238 9.84 36.3191849 136.3686238 17.33 36.3194038 136.3685047 17.33 36.3194038 136.3685047 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191849 136.3686238 9.84 36.3193093 136.3689731 9.84 36.3193093 136.3689731 17.33 36.3191849 136.3686238 17.33 36.3191849 136.3686238 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193093 136.3689731 9.84 36.3195283 136.368854 9.84 36.3195283 136.368854 17.33 36.3193093 136.3689731 17.33 36.3193093 136.3689731 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195283 136.368854 17.33 36.3194038 136.3685047 17.33 36.3191849 136.3686238 17.33 36.3193093 136.3689731 17.33 36.3195283 136.368854 17.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">848.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">909.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-107</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b021c87-0efd-4683-be28-06af775b305e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201078 136.369162 0 36.3202376 136.3695265 0 36.3205253 136.36937 0 36.3203954 136.3690055 0 36.3201078 136.369162 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203954 136.3690055 9.48 36.3205253 136.36937 9.48 36.3202376 136.3695265 9.48 36.3201078 136.369162 9.48 36.3203954 136.3690055 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201078 136.369162 9.48 36.3202376 136.3695265 9.48 36.3202376 136.3695265 17.98 36.3201078 136.369162 17.98 36.3201078 136.369162 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202376 136.3695265 9.48 36.3205253 136.36937 9.48 36.3205253 136.36937 17.98 36.3202376 136.3695265 17.98 36.3202376 136.3695265 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3205253 136.36937 9.48 36.3203954 136.3690055 9.48 36.3203954 136.3690055 17.98 36.3205253 136.36937 17.98 36.3205253 136.36937 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203954 136.3690055 9.48 36.3201078 136.369162 9.48 36.3201078 136.369162 17.98 36.3203954 136.3690055 17.98 36.3203954 136.3690055 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201078 136.369162 17.98 36.3202376 136.3695265 17.98 36.3205253 136.36937 17.98 36.3203954 136.3690055 17.98 36.3201078 136.369162 17.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1069.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1247.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-108</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_691d7a15-795c-4bcc-9223-d34a0bcac295">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198012 136.3695333 0 36.3196263 136.3690424 0 36.3193947 136.3691684 0 36.3195696 136.3696593 0 36.3198012 136.3695333 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195696 136.3696593 9.76 36.3193947 136.3691684 9.76 36.3196263 136.3690424 9.76 36.3198012 136.3695333 9.76 36.3195696 136.3696593 9.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198012 136.3695333 9.76 36.3196263 136.3690424 9.76 36.3196263 136.3690424 19.56 36.3198012 136.3695333 19.56 36.3198012 136.3695333 9.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196263 136.3690424 9.76 36.3193947 136.3691684 9.76 36.3193947 136.3691684 19.56 36.3196263 136.3690424 19.56 36.3196263 136.3690424 9.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193947 136.3691684 9.76 36.3195696 136.3696593 9.76 36.3195696 136.3696593 19.56 36.3193947 136.3691684 19.56 36.3193947 136.3691684 9.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195696 136.3696593 9.76 36.3198012 136.3695333 9.76 36.3198012 136.3695333 19.56 36.3195696 136.3696593 19.56 36.3195696 136.3696593 9.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198012 136.3695333 19.56 36.3196263 136.3690424 19.56 36.3193947 136.3691684 19.56 36.3195696 136.3696593 19.56 36.3198012 136.3695333 19.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1233.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1352.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-109</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d344eb24-b38a-4028-b78c-478cdaf0bfcc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204125 136.370069 0 36.3206331 136.3706881 0 36.3208009 136.3705968 0 36.3205803 136.3699777 0 36.3204125 136.370069 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3205803 136.3699777 9.57 36.3208009 136.3705968 9.57 36.3206331 136.3706881 9.57 36.3204125 136.370069 9.57 36.3205803 136.3699777 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204125 136.370069 9.57 36.3206331 136.3706881 9.57 36.3206331 136.3706881 17.1 36.3204125 136.370069 17.1 36.3204125 136.370069 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3206331 136.3706881 9.57 36.3208009 136.3705968 9.57 36.3208009 136.3705968 17.1 36.3206331 136.3706881 17.1 36.3206331 136.3706881 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208009 136.3705968 9.57 36.3205803 136.3699777 9.57 36.3205803 136.3699777 17.1 36.3208009 136.3705968 17.1 36.3208009 136.3705968 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3205803 136.3699777 9.57 36.3204125 136.370069 9.57 36.3204125 136.370069 17.1 36.3205803 136.3699777 17.1 36.3205803 136.3699777 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204125 136.370069 17.1 36.3206331 136.3706881 17.1 36.3208009 136.3705968 17.1 36.3205803 136.3699777 17.1 36.3204125 136.370069 17.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1049.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1236.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-110</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_883e7273-d629-42c5-8bde-9121229ab953">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">13.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201572 136.3708343 0 36.3200347 136.3704905 0 36.3197615 136.3706391 0 36.319884 136.3709829 0 36.3201572 136.3708343 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319884 136.3709829 9.8 36.3197615 136.3706391 9.8 36.3200347 136.3704905 9.8 36.3201572 136.3708343 9.8 36.319884 136.3709829 9.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201572 136.3708343 9.8 36.3200347 136.3704905 9.8 36.3200347 136.3704905 22.36 36.3201572 136.3708343 22.36 36.3201572 136.3708343 9.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200347 136.3704905 9.8 36.3197615 136.3706391 9.8 36.3197615 136.3706391 22.36 36.3200347 136.3704905 22.36 36.3200347 136.3704905 9.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197615 136.3706391 9.8 36.319884 136.3709829 9.8 36.319884 136.3709829 22.36 36.3197615 136.3706391 22.36 36.3197615 136.3706391 9.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319884 136.3709829 9.8 36.3201572 136.3708343 9.8 36.3201572 136.3708343 22.36 36.319884 136.3709829 22.36 36.319884 136.3709829 9.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201572 136.3708343 22.36 36.3200347 136.3704905 22.36 36.3197615 136.3706391 22.36 36.319884 136.3709829 22.36 36.3201572 136.3708343 22.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1848.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1117.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-111</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fe576bf9-128a-4573-b923-05ac8e752d4d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202982 136.3712424 0 36.3202002 136.3709673 0 36.3200959 136.371024 0 36.3201449 136.3711616 0 36.3200406 136.3712183 0 36.3200896 136.3713559 0 36.3202982 136.3712424 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200896 136.3713559 9.7 36.3200406 136.3712183 9.7 36.3201449 136.3711616 9.7 36.3200959 136.371024 9.7 36.3202002 136.3709673 9.7 36.3202982 136.3712424 9.7 36.3200896 136.3713559 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202982 136.3712424 9.7 36.3202002 136.3709673 9.7 36.3202002 136.3709673 19.24 36.3202982 136.3712424 19.24 36.3202982 136.3712424 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202002 136.3709673 9.7 36.3200959 136.371024 9.7 36.3200959 136.371024 19.24 36.3202002 136.3709673 19.24 36.3202002 136.3709673 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200959 136.371024 9.7 36.3201449 136.3711616 9.7 36.3201449 136.3711616 19.24 36.3200959 136.371024 19.24 36.3200959 136.371024 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201449 136.3711616 9.7 36.3200406 136.3712183 9.7 36.3200406 136.3712183 19.24 36.3201449 136.3711616 19.24 36.3201449 136.3711616 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200406 136.3712183 9.7 36.3200896 136.3713559 9.7 36.3200896 136.3713559 19.24 36.3200406 136.3712183 19.24 36.3200406 136.3712183 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200896 136.3713559 9.7 36.3202982 136.3712424 9.7 36.3202982 136.3712424 19.24 36.3200896 136.3713559 19.24 36.3200896 136.3713559 9.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202982 136.3712424 19.24 36.3202002 136.3709673 19.24 36.3200959 136.371024 19.24 36.3201449 136.3711616 19.24 36.3200406 136.3712183 19.24 36.3200896 136.3713559 19.24 36.3202982 136.3712424 19.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">898.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">511.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-112</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_768846df-81a6-4f56-a21f-dec2e64218e6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207595 136.3713622 0 36.3207988 136.3714725 0 36.3208682 136.3714348 0 36.3208289 136.3713245 0 36.3207595 136.3713622 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208289 136.3713245 9.61 36.3208682 136.3714348 9.61 36.3207988 136.3714725 9.61 36.3207595 136.3713622 9.61 36.3208289 136.3713245 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207595 136.3713622 9.61 36.3207988 136.3714725 9.61 36.3207988 136.3714725 16.24 36.3207595 136.3713622 16.24 36.3207595 136.3713622 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207988 136.3714725 9.61 36.3208682 136.3714348 9.61 36.3208682 136.3714348 16.24 36.3207988 136.3714725 16.24 36.3207988 136.3714725 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208682 136.3714348 9.61 36.3208289 136.3713245 9.61 36.3208289 136.3713245 16.24 36.3208682 136.3714348 16.24 36.3208682 136.3714348 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208289 136.3713245 9.61 36.3207595 136.3713622 9.61 36.3207595 136.3713622 16.24 36.3208289 136.3713245 16.24 36.3208289 136.3713245 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207595 136.3713622 16.24 36.3207988 136.3714725 16.24 36.3208682 136.3714348 16.24 36.3208289 136.3713245 16.24 36.3207595 136.3713622 16.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">154.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-113</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6f322860-c83d-4741-b322-da47da3780d0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208685 136.3714888 0 36.320961 136.3717484 0 36.3211207 136.3716615 0 36.3210282 136.3714019 0 36.3208685 136.3714888 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210282 136.3714019 9.57 36.3211207 136.3716615 9.57 36.320961 136.3717484 9.57 36.3208685 136.3714888 9.57 36.3210282 136.3714019 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208685 136.3714888 9.57 36.320961 136.3717484 9.57 36.320961 136.3717484 14.89 36.3208685 136.3714888 14.89 36.3208685 136.3714888 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320961 136.3717484 9.57 36.3211207 136.3716615 9.57 36.3211207 136.3716615 14.89 36.320961 136.3717484 14.89 36.320961 136.3717484 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211207 136.3716615 9.57 36.3210282 136.3714019 9.57 36.3210282 136.3714019 14.89 36.3211207 136.3716615 14.89 36.3211207 136.3716615 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210282 136.3714019 9.57 36.3208685 136.3714888 9.57 36.3208685 136.3714888 14.89 36.3210282 136.3714019 14.89 36.3210282 136.3714019 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208685 136.3714888 14.89 36.320961 136.3717484 14.89 36.3211207 136.3716615 14.89 36.3210282 136.3714019 14.89 36.3208685 136.3714888 14.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">483</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">493.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-114</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_630f342c-98c0-41d7-bd9a-407f3481eb9d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3206965 136.3720724 0 36.3204833 136.371474 0 36.3202582 136.3715964 0 36.3204714 136.3721949 0 36.3206965 136.3720724 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204714 136.3721949 9.64 36.3202582 136.3715964 9.64 36.3204833 136.371474 9.64 36.3206965 136.3720724 9.64 36.3204714 136.3721949 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3206965 136.3720724 9.64 36.3204833 136.371474 9.64 36.3204833 136.371474 17.96 36.3206965 136.3720724 17.96 36.3206965 136.3720724 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204833 136.371474 9.64 36.3202582 136.3715964 9.64 36.3202582 136.3715964 17.96 36.3204833 136.371474 17.96 36.3204833 136.371474 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202582 136.3715964 9.64 36.3204714 136.3721949 9.64 36.3204714 136.3721949 17.96 36.3202582 136.3715964 17.96 36.3202582 136.3715964 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204714 136.3721949 9.64 36.3206965 136.3720724 9.64 36.3206965 136.3720724 17.96 36.3204714 136.3721949 17.96 36.3204714 136.3721949 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3206965 136.3720724 17.96 36.3204833 136.371474 17.96 36.3202582 136.3715964 17.96 36.3204714 136.3721949 17.96 36.3206965 136.3720724 17.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1450.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1602.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-115</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87991991-f82c-472e-8d8f-74d8768e9b09">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214313 136.372829 0 36.3216611 136.3734742 0 36.3218448 136.3733743 0 36.3216149 136.3727291 0 36.3214313 136.372829 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216149 136.3727291 9.35 36.3218448 136.3733743 9.35 36.3216611 136.3734742 9.35 36.3214313 136.372829 9.35 36.3216149 136.3727291 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214313 136.372829 9.35 36.3216611 136.3734742 9.35 36.3216611 136.3734742 19.18 36.3214313 136.372829 19.18 36.3214313 136.372829 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216611 136.3734742 9.35 36.3218448 136.3733743 9.35 36.3218448 136.3733743 19.18 36.3216611 136.3734742 19.18 36.3216611 136.3734742 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3218448 136.3733743 9.35 36.3216149 136.3727291 9.35 36.3216149 136.3727291 19.18 36.3218448 136.3733743 19.18 36.3218448 136.3733743 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216149 136.3727291 9.35 36.3214313 136.372829 9.35 36.3214313 136.372829 19.18 36.3216149 136.3727291 19.18 36.3216149 136.3727291 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214313 136.372829 19.18 36.3216611 136.3734742 19.18 36.3218448 136.3733743 19.18 36.3216149 136.3727291 19.18 36.3214313 136.372829 19.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1341.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1409.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-116</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bc4a5ee4-0ca0-48b9-9e72-290a64bda10f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321114 136.3733208 0 36.3208969 136.3727114 0 36.3207278 136.3728034 0 36.3209449 136.3734128 0 36.321114 136.3733208 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3209449 136.3734128 9.45 36.3207278 136.3728034 9.45 36.3208969 136.3727114 9.45 36.321114 136.3733208 9.45 36.3209449 136.3734128 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321114 136.3733208 9.45 36.3208969 136.3727114 9.45 36.3208969 136.3727114 17.76 36.321114 136.3733208 17.76 36.321114 136.3733208 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208969 136.3727114 9.45 36.3207278 136.3728034 9.45 36.3207278 136.3728034 17.76 36.3208969 136.3727114 17.76 36.3208969 136.3727114 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207278 136.3728034 9.45 36.3209449 136.3734128 9.45 36.3209449 136.3734128 17.76 36.3207278 136.3728034 17.76 36.3207278 136.3728034 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3209449 136.3734128 9.45 36.321114 136.3733208 9.45 36.321114 136.3733208 17.76 36.3209449 136.3734128 17.76 36.3209449 136.3734128 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321114 136.3733208 17.76 36.3208969 136.3727114 17.76 36.3207278 136.3728034 17.76 36.3209449 136.3734128 17.76 36.321114 136.3733208 17.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1104.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1225.35</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-117</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_126a5c81-c1f9-4141-9ae4-96fb8c9838dc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321217 136.3737788 0 36.3211168 136.3734976 0 36.3210461 136.3735361 0 36.3210962 136.3736767 0 36.3210255 136.3737151 0 36.3210756 136.3738557 0 36.321217 136.3737788 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210756 136.3738557 9.5 36.3210255 136.3737151 9.5 36.3210962 136.3736767 9.5 36.3210461 136.3735361 9.5 36.3211168 136.3734976 9.5 36.321217 136.3737788 9.5 36.3210756 136.3738557 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321217 136.3737788 9.5 36.3211168 136.3734976 9.5 36.3211168 136.3734976 15.22 36.321217 136.3737788 15.22 36.321217 136.3737788 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211168 136.3734976 9.5 36.3210461 136.3735361 9.5 36.3210461 136.3735361 15.22 36.3211168 136.3734976 15.22 36.3211168 136.3734976 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210461 136.3735361 9.5 36.3210962 136.3736767 9.5 36.3210962 136.3736767 15.22 36.3210461 136.3735361 15.22 36.3210461 136.3735361 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210962 136.3736767 9.5 36.3210255 136.3737151 9.5 36.3210255 136.3737151 15.22 36.3210962 136.3736767 15.22 36.3210962 136.3736767 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210255 136.3737151 9.5 36.3210756 136.3738557 9.5 36.3210756 136.3738557 15.22 36.3210255 136.3737151 15.22 36.3210255 136.3737151 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210756 136.3738557 9.5 36.321217 136.3737788 9.5 36.321217 136.3737788 15.22 36.3210756 136.3738557 15.22 36.3210756 136.3738557 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321217 136.3737788 15.22 36.3211168 136.3734976 15.22 36.3210461 136.3735361 15.22 36.3210962 136.3736767 15.22 36.3210255 136.3737151 15.22 36.3210756 136.3738557 15.22 36.321217 136.3737788 15.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">346.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">354.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-118</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ea032aa9-379f-4854-99df-0b4731a8f7d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215484 136.3745365 0 36.3214283 136.3741994 0 36.3212625 136.3742896 0 36.3213826 136.3746267 0 36.3215484 136.3745365 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213826 136.3746267 9.69 36.3212625 136.3742896 9.69 36.3214283 136.3741994 9.69 36.3215484 136.3745365 9.69 36.3213826 136.3746267 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215484 136.3745365 9.69 36.3214283 136.3741994 9.69 36.3214283 136.3741994 18.14 36.3215484 136.3745365 18.14 36.3215484 136.3745365 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214283 136.3741994 9.69 36.3212625 136.3742896 9.69 36.3212625 136.3742896 18.14 36.3214283 136.3741994 18.14 36.3214283 136.3741994 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3212625 136.3742896 9.69 36.3213826 136.3746267 9.69 36.3213826 136.3746267 18.14 36.3212625 136.3742896 18.14 36.3212625 136.3742896 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213826 136.3746267 9.69 36.3215484 136.3745365 9.69 36.3215484 136.3745365 18.14 36.3213826 136.3746267 18.14 36.3213826 136.3746267 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215484 136.3745365 18.14 36.3214283 136.3741994 18.14 36.3212625 136.3742896 18.14 36.3213826 136.3746267 18.14 36.3215484 136.3745365 18.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">563.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">664.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-119</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dd72f021-cec0-4424-a6d0-d847cfba2e60">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215326 136.3669147 0 36.321461 136.3669103 0 36.3214579 136.3669867 0 36.3215295 136.3669912 0 36.3215326 136.3669147 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215295 136.3669912 9.3 36.3214579 136.3669867 9.3 36.321461 136.3669103 9.3 36.3215326 136.3669147 9.3 36.3215295 136.3669912 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215326 136.3669147 9.3 36.321461 136.3669103 9.3 36.321461 136.3669103 14.61 36.3215326 136.3669147 14.61 36.3215326 136.3669147 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321461 136.3669103 9.3 36.3214579 136.3669867 9.3 36.3214579 136.3669867 14.61 36.321461 136.3669103 14.61 36.321461 136.3669103 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214579 136.3669867 9.3 36.3215295 136.3669912 9.3 36.3215295 136.3669912 14.61 36.3214579 136.3669867 14.61 36.3214579 136.3669867 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215295 136.3669912 9.3 36.3215326 136.3669147 9.3 36.3215326 136.3669147 14.61 36.3215295 136.3669912 14.61 36.3215295 136.3669912 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215326 136.3669147 14.61 36.321461 136.3669103 14.61 36.3214579 136.3669867 14.61 36.3215295 136.3669912 14.61 36.3215326 136.3669147 14.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">48.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">54.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-224</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_73bba141-790b-4d2f-9a74-e697515c1f9b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196351 136.3667481 0 36.3195566 136.3667372 0 36.3195491 136.3668196 0 36.3196276 136.3668305 0 36.3196351 136.3667481 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196276 136.3668305 9.85 36.3195491 136.3668196 9.85 36.3195566 136.3667372 9.85 36.3196351 136.3667481 9.85 36.3196276 136.3668305 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196351 136.3667481 9.85 36.3195566 136.3667372 9.85 36.3195566 136.3667372 13.77 36.3196351 136.3667481 13.77 36.3196351 136.3667481 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195566 136.3667372 9.85 36.3195491 136.3668196 9.85 36.3195491 136.3668196 13.77 36.3195566 136.3667372 13.77 36.3195566 136.3667372 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195491 136.3668196 9.85 36.3196276 136.3668305 9.85 36.3196276 136.3668305 13.77 36.3195491 136.3668196 13.77 36.3195491 136.3668196 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196276 136.3668305 9.85 36.3196351 136.3667481 9.85 36.3196351 136.3667481 13.77 36.3196276 136.3668305 13.77 36.3196276 136.3668305 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196351 136.3667481 13.77 36.3195566 136.3667372 13.77 36.3195491 136.3668196 13.77 36.3196276 136.3668305 13.77 36.3196351 136.3667481 13.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">65.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-225</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b91aa96b-91ff-46c4-9f66-8a71789533dd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319868 136.3664537 0 36.319878 136.3663432 0 36.3198033 136.3663328 0 36.3197932 136.3664433 0 36.319868 136.3664537 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197932 136.3664433 9.67 36.3198033 136.3663328 9.67 36.319878 136.3663432 9.67 36.319868 136.3664537 9.67 36.3197932 136.3664433 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319868 136.3664537 9.67 36.319878 136.3663432 9.67 36.319878 136.3663432 14.01 36.319868 136.3664537 14.01 36.319868 136.3664537 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319878 136.3663432 9.67 36.3198033 136.3663328 9.67 36.3198033 136.3663328 14.01 36.319878 136.3663432 14.01 36.319878 136.3663432 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198033 136.3663328 9.67 36.3197932 136.3664433 9.67 36.3197932 136.3664433 14.01 36.3198033 136.3663328 14.01 36.3198033 136.3663328 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197932 136.3664433 9.67 36.319868 136.3664537 9.67 36.319868 136.3664537 14.01 36.3197932 136.3664433 14.01 36.3197932 136.3664433 9.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319868 136.3664537 14.01 36.319878 136.3663432 14.01 36.3198033 136.3663328 14.01 36.3197932 136.3664433 14.01 36.319868 136.3664537 14.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">68.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-226</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87b004b3-a6d5-4268-aff2-3232e637ec52">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177046 136.3640392 0 36.3177971 136.3639916 0 36.3177657 136.3638985 0 36.3176732 136.3639461 0 36.3177046 136.3640392 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176732 136.3639461 10.38 36.3177657 136.3638985 10.38 36.3177971 136.3639916 10.38 36.3177046 136.3640392 10.38 36.3176732 136.3639461 10.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177046 136.3640392 10.38 36.3177971 136.3639916 10.38 36.3177971 136.3639916 14.48 36.3177046 136.3640392 14.48 36.3177046 136.3640392 10.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177971 136.3639916 10.38 36.3177657 136.3638985 10.38 36.3177657 136.3638985 14.48 36.3177971 136.3639916 14.48 36.3177971 136.3639916 10.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177657 136.3638985 10.38 36.3176732 136.3639461 10.38 36.3176732 136.3639461 14.48 36.3177657 136.3638985 14.48 36.3177657 136.3638985 10.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176732 136.3639461 10.38 36.3177046 136.3640392 10.38 36.3177046 136.3640392 14.48 36.3176732 136.3639461 14.48 36.3176732 136.3639461 10.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177046 136.3640392 14.48 36.3177971 136.3639916 14.48 36.3177657 136.3638985 14.48 36.3176732 136.3639461 14.48 36.3177046 136.3640392 14.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.254</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">16.05</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">100.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-838</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9f000be7-b2f8-40c4-8206-bc3f0bbce7e6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178582 136.3639856 0 36.3179334 136.3639468 0 36.317909 136.3638742 0 36.3178337 136.363913 0 36.3178582 136.3639856 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178337 136.363913 10.33 36.317909 136.3638742 10.33 36.3179334 136.3639468 10.33 36.3178582 136.3639856 10.33 36.3178337 136.363913 10.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178582 136.3639856 10.33 36.3179334 136.3639468 10.33 36.3179334 136.3639468 16.71 36.3178582 136.3639856 16.71 36.3178582 136.3639856 10.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179334 136.3639468 10.33 36.317909 136.3638742 10.33 36.317909 136.3638742 16.71 36.3179334 136.3639468 16.71 36.3179334 136.3639468 10.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.317909 136.3638742 10.33 36.3178337 136.363913 10.33 36.3178337 136.363913 16.71 36.317909 136.3638742 16.71 36.317909 136.3638742 10.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178337 136.363913 10.33 36.3178582 136.3639856 10.33 36.3178582 136.3639856 16.71 36.3178337 136.363913 16.71 36.3178337 136.363913 10.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178582 136.3639856 16.71 36.3179334 136.3639468 16.71 36.317909 136.3638742 16.71 36.3178337 136.363913 16.71 36.3178582 136.3639856 16.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.244</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">16.68</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">112.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-839</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6bbc2a77-18e2-4478-941d-0450de0d5b73">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178111 136.363846 0 36.3178964 136.363802 0 36.3178633 136.3637037 0 36.3177779 136.3637477 0 36.3178111 136.363846 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177779 136.3637477 10.34 36.3178633 136.3637037 10.34 36.3178964 136.363802 10.34 36.3178111 136.363846 10.34 36.3177779 136.3637477 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178111 136.363846 10.34 36.3178964 136.363802 10.34 36.3178964 136.363802 17.43 36.3178111 136.363846 17.43 36.3178111 136.363846 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178964 136.363802 10.34 36.3178633 136.3637037 10.34 36.3178633 136.3637037 17.43 36.3178964 136.363802 17.43 36.3178964 136.363802 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178633 136.3637037 10.34 36.3177779 136.3637477 10.34 36.3177779 136.3637477 17.43 36.3178633 136.3637037 17.43 36.3178633 136.3637037 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177779 136.3637477 10.34 36.3178111 136.363846 10.34 36.3178111 136.363846 17.43 36.3177779 136.3637477 17.43 36.3177779 136.3637477 10.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178111 136.363846 17.43 36.3178964 136.363802 17.43 36.3178633 136.3637037 17.43 36.3177779 136.3637477 17.43 36.3178111 136.363846 17.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.099</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">8.23</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.507</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">18.29</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">177.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">98.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-840</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e8c843ac-9019-4474-9983-73016b3e7f7e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178617 136.3641737 0 36.3177751 136.3642183 0 36.3178005 136.3642935 0 36.3178871 136.3642489 0 36.3178617 136.3641737 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178871 136.3642489 10.39 36.3178005 136.3642935 10.39 36.3177751 136.3642183 10.39 36.3178617 136.3641737 10.39 36.3178871 136.3642489 10.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178617 136.3641737 10.39 36.3177751 136.3642183 10.39 36.3177751 136.3642183 16.87 36.3178617 136.3641737 16.87 36.3178617 136.3641737 10.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177751 136.3642183 10.39 36.3178005 136.3642935 10.39 36.3178005 136.3642935 16.87 36.3177751 136.3642183 16.87 36.3177751 136.3642183 10.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178005 136.3642935 10.39 36.3178871 136.3642489 10.39 36.3178871 136.3642489 16.87 36.3178005 136.3642935 16.87 36.3178005 136.3642935 10.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178871 136.3642489 10.39 36.3178617 136.3641737 10.39 36.3178617 136.3641737 16.87 36.3178871 136.3642489 16.87 36.3178871 136.3642489 10.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178617 136.3641737 16.87 36.3177751 136.3642183 16.87 36.3178005 136.3642935 16.87 36.3178871 136.3642489 16.87 36.3178617 136.3641737 16.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.924</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">13.5</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-841</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_31d28fbb-79c0-41e8-b5c6-49c651dc4875">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179065 136.3643429 0 36.3178304 136.3643821 0 36.317859 136.3644669 0 36.3179351 136.3644277 0 36.3179065 136.3643429 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179351 136.3644277 10.42 36.317859 136.3644669 10.42 36.3178304 136.3643821 10.42 36.3179065 136.3643429 10.42 36.3179351 136.3644277 10.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179065 136.3643429 10.42 36.3178304 136.3643821 10.42 36.3178304 136.3643821 16.91 36.3179065 136.3643429 16.91 36.3179065 136.3643429 10.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178304 136.3643821 10.42 36.317859 136.3644669 10.42 36.317859 136.3644669 16.91 36.3178304 136.3643821 16.91 36.3178304 136.3643821 10.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.317859 136.3644669 10.42 36.3179351 136.3644277 10.42 36.3179351 136.3644277 16.91 36.317859 136.3644669 16.91 36.317859 136.3644669 10.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179351 136.3644277 10.42 36.3179065 136.3643429 10.42 36.3179065 136.3643429 16.91 36.3179351 136.3644277 16.91 36.3179351 136.3644277 10.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179065 136.3643429 16.91 36.3178304 136.3643821 16.91 36.317859 136.3644669 16.91 36.3179351 136.3644277 16.91 36.3179065 136.3643429 16.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:duration uom="hour">11.94</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-842</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_35e19904-16c5-4a45-9c95-d9175a46e4f9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182257 136.3637594 0 36.3183178 136.363712 0 36.318287 136.3636208 0 36.3181949 136.3636682 0 36.3182257 136.3637594 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181949 136.3636682 10.19 36.318287 136.3636208 10.19 36.3183178 136.363712 10.19 36.3182257 136.3637594 10.19 36.3181949 136.3636682 10.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182257 136.3637594 10.19 36.3183178 136.363712 10.19 36.3183178 136.363712 17.12 36.3182257 136.3637594 17.12 36.3182257 136.3637594 10.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183178 136.363712 10.19 36.318287 136.3636208 10.19 36.318287 136.3636208 17.12 36.3183178 136.363712 17.12 36.3183178 136.363712 10.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318287 136.3636208 10.19 36.3181949 136.3636682 10.19 36.3181949 136.3636682 17.12 36.318287 136.3636208 17.12 36.318287 136.3636208 10.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3181949 136.3636682 10.19 36.3182257 136.3637594 10.19 36.3182257 136.3637594 17.12 36.3181949 136.3636682 17.12 36.3181949 136.3636682 10.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182257 136.3637594 17.12 36.3183178 136.363712 17.12 36.318287 136.3636208 17.12 36.3181949 136.3636682 17.12 36.3182257 136.3637594 17.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.224</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">8.95</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.458</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">19.88</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">170.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">98.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-843</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ee444c64-d89f-4f6d-b012-d7aed8ca841e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183615 136.3636942 0 36.3184569 136.363645 0 36.3184299 136.3635648 0 36.3183344 136.3636139 0 36.3183615 136.3636942 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183344 136.3636139 10.1 36.3184299 136.3635648 10.1 36.3184569 136.363645 10.1 36.3183615 136.3636942 10.1 36.3183344 136.3636139 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183615 136.3636942 10.1 36.3184569 136.363645 10.1 36.3184569 136.363645 14.11 36.3183615 136.3636942 14.11 36.3183615 136.3636942 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184569 136.363645 10.1 36.3184299 136.3635648 10.1 36.3184299 136.3635648 14.11 36.3184569 136.363645 14.11 36.3184569 136.363645 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184299 136.3635648 10.1 36.3183344 136.3636139 10.1 36.3183344 136.3636139 14.11 36.3184299 136.3635648 14.11 36.3184299 136.3635648 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183344 136.3636139 10.1 36.3183615 136.3636942 10.1 36.3183615 136.3636942 14.11 36.3183344 136.3636139 14.11 36.3183344 136.3636139 10.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183615 136.3636942 14.11 36.3184569 136.363645 14.11 36.3184299 136.3635648 14.11 36.3183344 136.3636139 14.11 36.3183615 136.3636942 14.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.222</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">9.36</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.474</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">20.8</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-844</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_722d0041-61d6-4c3e-a77a-f8f82ed7c427">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183072 136.3639622 0 36.3183373 136.3640514 0 36.3184048 136.3640166 0 36.3183748 136.3639274 0 36.3183072 136.3639622 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183748 136.3639274 10.16 36.3184048 136.3640166 10.16 36.3183373 136.3640514 10.16 36.3183072 136.3639622 10.16 36.3183748 136.3639274 10.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183072 136.3639622 10.16 36.3183373 136.3640514 10.16 36.3183373 136.3640514 16.81 36.3183072 136.3639622 16.81 36.3183072 136.3639622 10.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183373 136.3640514 10.16 36.3184048 136.3640166 10.16 36.3184048 136.3640166 16.81 36.3183373 136.3640514 16.81 36.3183373 136.3640514 10.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3184048 136.3640166 10.16 36.3183748 136.3639274 10.16 36.3183748 136.3639274 16.81 36.3184048 136.3640166 16.81 36.3184048 136.3640166 10.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183748 136.3639274 10.16 36.3183072 136.3639622 10.16 36.3183072 136.3639622 16.81 36.3183748 136.3639274 16.81 36.3183748 136.3639274 10.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3183072 136.3639622 16.81 36.3183373 136.3640514 16.81 36.3184048 136.3640166 16.81 36.3183748 136.3639274 16.81 36.3183072 136.3639622 16.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.317</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">16.72</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">139.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-845</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_daed3ee8-1a6d-4fa0-a94a-0d7944cc8fd1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199413 136.3686783 0 36.3199077 136.3685788 0 36.3198409 136.3686131 0 36.3198745 136.3687127 0 36.3199413 136.3686783 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198745 136.3687127 9.6 36.3198409 136.3686131 9.6 36.3199077 136.3685788 9.6 36.3199413 136.3686783 9.6 36.3198745 136.3687127 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199413 136.3686783 9.6 36.3199077 136.3685788 9.6 36.3199077 136.3685788 13.72 36.3199413 136.3686783 13.72 36.3199413 136.3686783 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199077 136.3685788 9.6 36.3198409 136.3686131 9.6 36.3198409 136.3686131 13.72 36.3199077 136.3685788 13.72 36.3199077 136.3685788 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198409 136.3686131 9.6 36.3198745 136.3687127 9.6 36.3198745 136.3687127 13.72 36.3198409 136.3686131 13.72 36.3198409 136.3686131 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198745 136.3687127 9.6 36.3199413 136.3686783 9.6 36.3199413 136.3686783 13.72 36.3198745 136.3687127 13.72 36.3198745 136.3687127 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199413 136.3686783 13.72 36.3199077 136.3685788 13.72 36.3198409 136.3686131 13.72 36.3198745 136.3687127 13.72 36.3199413 136.3686783 13.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">64.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-876</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_890ae61f-2925-4f18-8ceb-91cf4fa7f208">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201421 136.3685979 0 36.3201002 136.3684737 0 36.3200017 136.3685245 0 36.3200435 136.3686486 0 36.3201421 136.3685979 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200435 136.3686486 9.57 36.3200017 136.3685245 9.57 36.3201002 136.3684737 9.57 36.3201421 136.3685979 9.57 36.3200435 136.3686486 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201421 136.3685979 9.57 36.3201002 136.3684737 9.57 36.3201002 136.3684737 16.91 36.3201421 136.3685979 16.91 36.3201421 136.3685979 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201002 136.3684737 9.57 36.3200017 136.3685245 9.57 36.3200017 136.3685245 16.91 36.3201002 136.3684737 16.91 36.3201002 136.3684737 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200017 136.3685245 9.57 36.3200435 136.3686486 9.57 36.3200435 136.3686486 16.91 36.3200017 136.3685245 16.91 36.3200017 136.3685245 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200435 136.3686486 9.57 36.3201421 136.3685979 9.57 36.3201421 136.3685979 16.91 36.3200435 136.3686486 16.91 36.3200435 136.3686486 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201421 136.3685979 16.91 36.3201002 136.3684737 16.91 36.3200017 136.3685245 16.91 36.3200435 136.3686486 16.91 36.3201421 136.3685979 16.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">245.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">143.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-877</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a2accd23-d356-4953-8eb1-530a8e0e6d52">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199969 136.3688785 0 36.3199182 136.368919 0 36.3199452 136.3689993 0 36.3200239 136.3689588 0 36.3199969 136.3688785 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200239 136.3689588 9.56 36.3199452 136.3689993 9.56 36.3199182 136.368919 9.56 36.3199969 136.3688785 9.56 36.3200239 136.3689588 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199969 136.3688785 9.56 36.3199182 136.368919 9.56 36.3199182 136.368919 15.84 36.3199969 136.3688785 15.84 36.3199969 136.3688785 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199182 136.368919 9.56 36.3199452 136.3689993 9.56 36.3199452 136.3689993 15.84 36.3199182 136.368919 15.84 36.3199182 136.368919 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199452 136.3689993 9.56 36.3200239 136.3689588 9.56 36.3200239 136.3689588 15.84 36.3199452 136.3689993 15.84 36.3199452 136.3689993 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200239 136.3689588 9.56 36.3199969 136.3688785 9.56 36.3199969 136.3688785 15.84 36.3200239 136.3689588 15.84 36.3200239 136.3689588 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199969 136.3688785 15.84 36.3199182 136.368919 15.84 36.3199452 136.3689993 15.84 36.3200239 136.3689588 15.84 36.3199969 136.3688785 15.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">125.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-878</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_65ac663d-9d31-45dc-b2a7-a8408e750602">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320121 136.368797 0 36.3200222 136.3688479 0 36.3200489 136.368927 0 36.3201477 136.3688761 0 36.320121 136.368797 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201477 136.3688761 9.54 36.3200489 136.368927 9.54 36.3200222 136.3688479 9.54 36.320121 136.368797 9.54 36.3201477 136.3688761 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320121 136.368797 9.54 36.3200222 136.3688479 9.54 36.3200222 136.3688479 16.25 36.320121 136.368797 16.25 36.320121 136.368797 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200222 136.3688479 9.54 36.3200489 136.368927 9.54 36.3200489 136.368927 16.25 36.3200222 136.3688479 16.25 36.3200222 136.3688479 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200489 136.368927 9.54 36.3201477 136.3688761 9.54 36.3201477 136.3688761 16.25 36.3200489 136.368927 16.25 36.3200489 136.368927 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201477 136.3688761 9.54 36.320121 136.368797 9.54 36.320121 136.368797 16.25 36.3201477 136.3688761 16.25 36.3201477 136.3688761 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320121 136.368797 16.25 36.3200222 136.3688479 16.25 36.3200489 136.368927 16.25 36.3201477 136.3688761 16.25 36.320121 136.368797 16.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">152.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-879</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b818766c-bad1-4130-a251-7421da73344b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201527 136.3689675 0 36.3200759 136.3690071 0 36.3201057 136.3690955 0 36.3201825 136.369056 0 36.3201527 136.3689675 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201825 136.369056 9.56 36.3201057 136.3690955 9.56 36.3200759 136.3690071 9.56 36.3201527 136.3689675 9.56 36.3201825 136.369056 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201527 136.3689675 9.56 36.3200759 136.3690071 9.56 36.3200759 136.3690071 16.05 36.3201527 136.3689675 16.05 36.3201527 136.3689675 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200759 136.3690071 9.56 36.3201057 136.3690955 9.56 36.3201057 136.3690955 16.05 36.3200759 136.3690071 16.05 36.3200759 136.3690071 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201057 136.3690955 9.56 36.3201825 136.369056 9.56 36.3201825 136.369056 16.05 36.3201057 136.3690955 16.05 36.3201057 136.3690955 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201825 136.369056 9.56 36.3201527 136.3689675 9.56 36.3201527 136.3689675 16.05 36.3201825 136.369056 16.05 36.3201825 136.369056 9.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201527 136.3689675 16.05 36.3200759 136.3690071 16.05 36.3201057 136.3690955 16.05 36.3201825 136.369056 16.05 36.3201527 136.3689675 16.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">136.09</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.5</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-880</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_52d1490e-1f6f-48a5-ba09-b33f0de8c579">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216045 136.3736414 0 36.3216918 136.3735964 0 36.3216656 136.3735186 0 36.3215783 136.3735636 0 36.3216045 136.3736414 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215783 136.3735636 9.46 36.3216656 136.3735186 9.46 36.3216918 136.3735964 9.46 36.3216045 136.3736414 9.46 36.3215783 136.3735636 9.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216045 136.3736414 9.46 36.3216918 136.3735964 9.46 36.3216918 136.3735964 16.28 36.3216045 136.3736414 16.28 36.3216045 136.3736414 9.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216918 136.3735964 9.46 36.3216656 136.3735186 9.46 36.3216656 136.3735186 16.28 36.3216918 136.3735964 16.28 36.3216918 136.3735964 9.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216656 136.3735186 9.46 36.3215783 136.3735636 9.46 36.3215783 136.3735636 16.28 36.3216656 136.3735186 16.28 36.3216656 136.3735186 9.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215783 136.3735636 9.46 36.3216045 136.3736414 9.46 36.3216045 136.3736414 16.28 36.3215783 136.3735636 16.28 36.3215783 136.3735636 9.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216045 136.3736414 16.28 36.3216918 136.3735964 16.28 36.3216656 136.3735186 16.28 36.3215783 136.3735636 16.28 36.3216045 136.3736414 16.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">145.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-885</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b9ec48fd-66b8-41e6-a305-f2b6f0af9732">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217271 136.3735793 0 36.3218264 136.3735281 0 36.3217924 136.3734272 0 36.3216931 136.3734783 0 36.3217271 136.3735793 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216931 136.3734783 9.45 36.3217924 136.3734272 9.45 36.3218264 136.3735281 9.45 36.3217271 136.3735793 9.45 36.3216931 136.3734783 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217271 136.3735793 9.45 36.3218264 136.3735281 9.45 36.3218264 136.3735281 16.62 36.3217271 136.3735793 16.62 36.3217271 136.3735793 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3218264 136.3735281 9.45 36.3217924 136.3734272 9.45 36.3217924 136.3734272 16.62 36.3218264 136.3735281 16.62 36.3218264 136.3735281 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217924 136.3734272 9.45 36.3216931 136.3734783 9.45 36.3216931 136.3734783 16.62 36.3217924 136.3734272 16.62 36.3217924 136.3734272 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216931 136.3734783 9.45 36.3217271 136.3735793 9.45 36.3217271 136.3735793 16.62 36.3216931 136.3734783 16.62 36.3216931 136.3734783 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217271 136.3735793 16.62 36.3218264 136.3735281 16.62 36.3217924 136.3734272 16.62 36.3216931 136.3734783 16.62 36.3217271 136.3735793 16.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">234.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">117.24</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-886</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_837118f4-cad2-4f0c-b254-32d292896dcf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237223 136.3724687 0 36.3238159 136.3724206 0 36.3237838 136.3723256 0 36.3236903 136.3723738 0 36.3237223 136.3724687 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236903 136.3723738 9.29 36.3237838 136.3723256 9.29 36.3238159 136.3724206 9.29 36.3237223 136.3724687 9.29 36.3236903 136.3723738 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237223 136.3724687 9.29 36.3238159 136.3724206 9.29 36.3238159 136.3724206 13.33 36.3237223 136.3724687 13.33 36.3237223 136.3724687 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238159 136.3724206 9.29 36.3237838 136.3723256 9.29 36.3237838 136.3723256 13.33 36.3238159 136.3724206 13.33 36.3238159 136.3724206 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237838 136.3723256 9.29 36.3236903 136.3723738 9.29 36.3236903 136.3723738 13.33 36.3237838 136.3723256 13.33 36.3237838 136.3723256 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236903 136.3723738 9.29 36.3237223 136.3724687 9.29 36.3237223 136.3724687 13.33 36.3236903 136.3723738 13.33 36.3236903 136.3723738 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237223 136.3724687 13.33 36.3238159 136.3724206 13.33 36.3237838 136.3723256 13.33 36.3236903 136.3723738 13.33 36.3237223 136.3724687 13.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-887</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_314fa4de-7d1a-4d75-986c-21a935c8976e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239118 136.3724331 0 36.3240173 136.3723788 0 36.3239737 136.3722498 0 36.3238683 136.3723041 0 36.3239118 136.3724331 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238683 136.3723041 9.33 36.3239737 136.3722498 9.33 36.3240173 136.3723788 9.33 36.3239118 136.3724331 9.33 36.3238683 136.3723041 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239118 136.3724331 9.33 36.3240173 136.3723788 9.33 36.3240173 136.3723788 16.83 36.3239118 136.3724331 16.83 36.3239118 136.3724331 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240173 136.3723788 9.33 36.3239737 136.3722498 9.33 36.3239737 136.3722498 16.83 36.3240173 136.3723788 16.83 36.3240173 136.3723788 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239737 136.3722498 9.33 36.3238683 136.3723041 9.33 36.3238683 136.3723041 16.83 36.3239737 136.3722498 16.83 36.3239737 136.3722498 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238683 136.3723041 9.33 36.3239118 136.3724331 9.33 36.3239118 136.3724331 16.83 36.3238683 136.3723041 16.83 36.3238683 136.3723041 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239118 136.3724331 16.83 36.3240173 136.3723788 16.83 36.3239737 136.3722498 16.83 36.3238683 136.3723041 16.83 36.3239118 136.3724331 16.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">273.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">159.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-888</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_059b1633-7146-4224-9846-eccd740702bb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238382 136.372215 0 36.3239425 136.3721613 0 36.3239003 136.3720361 0 36.323796 136.3720898 0 36.3238382 136.372215 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323796 136.3720898 9.37 36.3239003 136.3720361 9.37 36.3239425 136.3721613 9.37 36.3238382 136.372215 9.37 36.323796 136.3720898 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238382 136.372215 9.37 36.3239425 136.3721613 9.37 36.3239425 136.3721613 13.81 36.3238382 136.372215 13.81 36.3238382 136.372215 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239425 136.3721613 9.37 36.3239003 136.3720361 9.37 36.3239003 136.3720361 13.81 36.3239425 136.3721613 13.81 36.3239425 136.3721613 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239003 136.3720361 9.37 36.323796 136.3720898 9.37 36.323796 136.3720898 13.81 36.3239003 136.3720361 13.81 36.3239003 136.3720361 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323796 136.3720898 9.37 36.3238382 136.372215 9.37 36.3238382 136.372215 13.81 36.323796 136.3720898 13.81 36.323796 136.3720898 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238382 136.372215 13.81 36.3239425 136.3721613 13.81 36.3239003 136.3720361 13.81 36.323796 136.3720898 13.81 36.3238382 136.372215 13.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">152.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-889</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_55ef2788-2f27-462c-b77a-0200a19625d9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239685 136.3722344 0 36.3239544 136.3721923 0 36.3239249 136.3722074 0 36.3239391 136.3722495 0 36.3239685 136.3722344 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239391 136.3722495 9.38 36.3239249 136.3722074 9.38 36.3239544 136.3721923 9.38 36.3239685 136.3722344 9.38 36.3239391 136.3722495 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239685 136.3722344 9.38 36.3239544 136.3721923 9.38 36.3239544 136.3721923 12.19 36.3239685 136.3722344 12.19 36.3239685 136.3722344 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239544 136.3721923 9.38 36.3239249 136.3722074 9.38 36.3239249 136.3722074 12.19 36.3239544 136.3721923 12.19 36.3239544 136.3721923 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239249 136.3722074 9.38 36.3239391 136.3722495 9.38 36.3239391 136.3722495 12.19 36.3239249 136.3722074 12.19 36.3239249 136.3722074 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239391 136.3722495 9.38 36.3239685 136.3722344 9.38 36.3239685 136.3722344 12.19 36.3239391 136.3722495 12.19 36.3239391 136.3722495 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239685 136.3722344 12.19 36.3239544 136.3721923 12.19 36.3239249 136.3722074 12.19 36.3239391 136.3722495 12.19 36.3239685 136.3722344 12.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">13.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">14.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-890</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3365a32b-4cb0-48da-9c2f-b3784994a227">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235927 136.3728067 0 36.323475 136.3728673 0 36.3235089 136.372968 0 36.3236266 136.3729074 0 36.3235927 136.3728067 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236266 136.3729074 9.15 36.3235089 136.372968 9.15 36.323475 136.3728673 9.15 36.3235927 136.3728067 9.15 36.3236266 136.3729074 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235927 136.3728067 9.15 36.323475 136.3728673 9.15 36.323475 136.3728673 13.56 36.3235927 136.3728067 13.56 36.3235927 136.3728067 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323475 136.3728673 9.15 36.3235089 136.372968 9.15 36.3235089 136.372968 13.56 36.323475 136.3728673 13.56 36.323475 136.3728673 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235089 136.372968 9.15 36.3236266 136.3729074 9.15 36.3236266 136.3729074 13.56 36.3235089 136.372968 13.56 36.3235089 136.372968 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236266 136.3729074 9.15 36.3235927 136.3728067 9.15 36.3235927 136.3728067 13.56 36.3236266 136.3729074 13.56 36.3236266 136.3729074 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235927 136.3728067 13.56 36.323475 136.3728673 13.56 36.3235089 136.372968 13.56 36.3236266 136.3729074 13.56 36.3235927 136.3728067 13.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">131.98</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">138.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-891</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3729ee96-17f1-4847-a976-d751525d6630">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237746 136.3727148 0 36.3236355 136.3727865 0 36.3236705 136.3728905 0 36.3238096 136.3728188 0 36.3237746 136.3727148 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238096 136.3728188 9.23 36.3236705 136.3728905 9.23 36.3236355 136.3727865 9.23 36.3237746 136.3727148 9.23 36.3238096 136.3728188 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237746 136.3727148 9.23 36.3236355 136.3727865 9.23 36.3236355 136.3727865 16.38 36.3237746 136.3727148 16.38 36.3237746 136.3727148 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236355 136.3727865 9.23 36.3236705 136.3728905 9.23 36.3236705 136.3728905 16.38 36.3236355 136.3727865 16.38 36.3236355 136.3727865 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236705 136.3728905 9.23 36.3238096 136.3728188 9.23 36.3238096 136.3728188 16.38 36.3236705 136.3728905 16.38 36.3236705 136.3728905 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238096 136.3728188 9.23 36.3237746 136.3727148 9.23 36.3237746 136.3727148 16.38 36.3238096 136.3728188 16.38 36.3238096 136.3728188 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237746 136.3727148 16.38 36.3236355 136.3727865 16.38 36.3236705 136.3728905 16.38 36.3238096 136.3728188 16.38 36.3237746 136.3727148 16.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">333.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-892</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e2e83591-c5a3-4d27-bf95-537d2d5397f8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240206 136.3725817 0 36.3239468 136.3726197 0 36.323974 136.3727004 0 36.3240478 136.3726624 0 36.3240206 136.3725817 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240478 136.3726624 9.33 36.323974 136.3727004 9.33 36.3239468 136.3726197 9.33 36.3240206 136.3725817 9.33 36.3240478 136.3726624 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240206 136.3725817 9.33 36.3239468 136.3726197 9.33 36.3239468 136.3726197 14.38 36.3240206 136.3725817 14.38 36.3240206 136.3725817 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239468 136.3726197 9.33 36.323974 136.3727004 9.33 36.323974 136.3727004 14.38 36.3239468 136.3726197 14.38 36.3239468 136.3726197 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323974 136.3727004 9.33 36.3240478 136.3726624 9.33 36.3240478 136.3726624 14.38 36.323974 136.3727004 14.38 36.323974 136.3727004 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240478 136.3726624 9.33 36.3240206 136.3725817 9.33 36.3240206 136.3725817 14.38 36.3240478 136.3726624 14.38 36.3240478 136.3726624 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240206 136.3725817 14.38 36.3239468 136.3726197 14.38 36.323974 136.3727004 14.38 36.3240478 136.3726624 14.38 36.3240206 136.3725817 14.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-893</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3568f3e2-bc02-4732-9fec-aaf5de96d7c4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241385 136.3723303 0 36.3242287 136.3722838 0 36.324201 136.3722014 0 36.3241108 136.3722479 0 36.3241385 136.3723303 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241108 136.3722479 9.34 36.324201 136.3722014 9.34 36.3242287 136.3722838 9.34 36.3241385 136.3723303 9.34 36.3241108 136.3722479 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241385 136.3723303 9.34 36.3242287 136.3722838 9.34 36.3242287 136.3722838 15.81 36.3241385 136.3723303 15.81 36.3241385 136.3723303 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242287 136.3722838 9.34 36.324201 136.3722014 9.34 36.324201 136.3722014 15.81 36.3242287 136.3722838 15.81 36.3242287 136.3722838 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324201 136.3722014 9.34 36.3241108 136.3722479 9.34 36.3241108 136.3722479 15.81 36.324201 136.3722014 15.81 36.324201 136.3722014 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241108 136.3722479 9.34 36.3241385 136.3723303 9.34 36.3241385 136.3723303 15.81 36.3241108 136.3722479 15.81 36.3241108 136.3722479 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241385 136.3723303 15.81 36.3242287 136.3722838 15.81 36.324201 136.3722014 15.81 36.3241108 136.3722479 15.81 36.3241385 136.3723303 15.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">170.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-894</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_04f328ff-5ea1-43a0-9f26-3f57a499398f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240907 136.3721884 0 36.3242023 136.372131 0 36.3241712 136.3720389 0 36.3240597 136.3720964 0 36.3240907 136.3721884 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240597 136.3720964 9.35 36.3241712 136.3720389 9.35 36.3242023 136.372131 9.35 36.3240907 136.3721884 9.35 36.3240597 136.3720964 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240907 136.3721884 9.35 36.3242023 136.372131 9.35 36.3242023 136.372131 14.41 36.3240907 136.3721884 14.41 36.3240907 136.3721884 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242023 136.372131 9.35 36.3241712 136.3720389 9.35 36.3241712 136.3720389 14.41 36.3242023 136.372131 14.41 36.3242023 136.372131 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241712 136.3720389 9.35 36.3240597 136.3720964 9.35 36.3240597 136.3720964 14.41 36.3241712 136.3720389 14.41 36.3241712 136.3720389 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240597 136.3720964 9.35 36.3240907 136.3721884 9.35 36.3240907 136.3721884 14.41 36.3240597 136.3720964 14.41 36.3240597 136.3720964 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240907 136.3721884 14.41 36.3242023 136.372131 14.41 36.3241712 136.3720389 14.41 36.3240597 136.3720964 14.41 36.3240907 136.3721884 14.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">105.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">120.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-895</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c0449291-6bb7-49f1-adf3-fbd2f89ae66c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242895 136.372234 0 36.3244293 136.372162 0 36.3243932 136.3720549 0 36.3242534 136.3721269 0 36.3242895 136.372234 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242534 136.3721269 9.26 36.3243932 136.3720549 9.26 36.3244293 136.372162 9.26 36.3242895 136.372234 9.26 36.3242534 136.3721269 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242895 136.372234 9.26 36.3244293 136.372162 9.26 36.3244293 136.372162 16.37 36.3242895 136.372234 16.37 36.3242895 136.372234 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244293 136.372162 9.26 36.3243932 136.3720549 9.26 36.3243932 136.3720549 16.37 36.3244293 136.372162 16.37 36.3244293 136.372162 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243932 136.3720549 9.26 36.3242534 136.3721269 9.26 36.3242534 136.3721269 16.37 36.3243932 136.3720549 16.37 36.3243932 136.3720549 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242534 136.3721269 9.26 36.3242895 136.372234 9.26 36.3242895 136.372234 16.37 36.3242534 136.3721269 16.37 36.3242534 136.3721269 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242895 136.372234 16.37 36.3244293 136.372162 16.37 36.3243932 136.3720549 16.37 36.3242534 136.3721269 16.37 36.3242895 136.372234 16.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">335.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">175.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-896</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_259b5435-d863-46ef-8c0f-ba045382676e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243465 136.3720609 0 36.324388 136.3720395 0 36.3243725 136.3719934 0 36.324331 136.3720148 0 36.3243465 136.3720609 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324331 136.3720148 9.3 36.3243725 136.3719934 9.3 36.324388 136.3720395 9.3 36.3243465 136.3720609 9.3 36.324331 136.3720148 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243465 136.3720609 9.3 36.324388 136.3720395 9.3 36.324388 136.3720395 11.97 36.3243465 136.3720609 11.97 36.3243465 136.3720609 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324388 136.3720395 9.3 36.3243725 136.3719934 9.3 36.3243725 136.3719934 11.97 36.324388 136.3720395 11.97 36.324388 136.3720395 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243725 136.3719934 9.3 36.324331 136.3720148 9.3 36.324331 136.3720148 11.97 36.3243725 136.3719934 11.97 36.3243725 136.3719934 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324331 136.3720148 9.3 36.3243465 136.3720609 9.3 36.3243465 136.3720609 11.97 36.324331 136.3720148 11.97 36.324331 136.3720148 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243465 136.3720609 11.97 36.324388 136.3720395 11.97 36.3243725 136.3719934 11.97 36.324331 136.3720148 11.97 36.3243465 136.3720609 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">21.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">22.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-897</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_71b1bada-9350-4956-bae4-b03a0581f7cd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32446 136.3721653 0 36.3245647 136.3721114 0 36.3245225 136.3719863 0 36.3244178 136.3720402 0 36.32446 136.3721653 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244178 136.3720402 9.17 36.3245225 136.3719863 9.17 36.3245647 136.3721114 9.17 36.32446 136.3721653 9.17 36.3244178 136.3720402 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32446 136.3721653 9.17 36.3245647 136.3721114 9.17 36.3245647 136.3721114 16.54 36.32446 136.3721653 16.54 36.32446 136.3721653 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245647 136.3721114 9.17 36.3245225 136.3719863 9.17 36.3245225 136.3719863 16.54 36.3245647 136.3721114 16.54 36.3245647 136.3721114 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245225 136.3719863 9.17 36.3244178 136.3720402 9.17 36.3244178 136.3720402 16.54 36.3245225 136.3719863 16.54 36.3245225 136.3719863 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244178 136.3720402 9.17 36.32446 136.3721653 9.17 36.32446 136.3721653 16.54 36.3244178 136.3720402 16.54 36.3244178 136.3720402 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32446 136.3721653 16.54 36.3245647 136.3721114 16.54 36.3245225 136.3719863 16.54 36.3244178 136.3720402 16.54 36.32446 136.3721653 16.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">304.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">153.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-898</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dfafa825-2533-41e1-b697-af0cff0cd572">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246202 136.3720645 0 36.3247443 136.3720006 0 36.3247077 136.3718921 0 36.3245836 136.3719559 0 36.3246202 136.3720645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245836 136.3719559 9.03 36.3247077 136.3718921 9.03 36.3247443 136.3720006 9.03 36.3246202 136.3720645 9.03 36.3245836 136.3719559 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246202 136.3720645 9.03 36.3247443 136.3720006 9.03 36.3247443 136.3720006 13.26 36.3246202 136.3720645 13.26 36.3246202 136.3720645 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247443 136.3720006 9.03 36.3247077 136.3718921 9.03 36.3247077 136.3718921 13.26 36.3247443 136.3720006 13.26 36.3247443 136.3720006 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247077 136.3718921 9.03 36.3245836 136.3719559 9.03 36.3245836 136.3719559 13.26 36.3247077 136.3718921 13.26 36.3247077 136.3718921 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245836 136.3719559 9.03 36.3246202 136.3720645 9.03 36.3246202 136.3720645 13.26 36.3245836 136.3719559 13.26 36.3245836 136.3719559 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246202 136.3720645 13.26 36.3247443 136.3720006 13.26 36.3247077 136.3718921 13.26 36.3245836 136.3719559 13.26 36.3246202 136.3720645 13.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">147.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">157.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-899</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1048a321-f75f-4fb0-9cff-9fe57993fcb6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245518 136.3718614 0 36.3246691 136.371801 0 36.3246327 136.3716929 0 36.3245153 136.3717533 0 36.3245518 136.3718614 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245153 136.3717533 9.14 36.3246327 136.3716929 9.14 36.3246691 136.371801 9.14 36.3245518 136.3718614 9.14 36.3245153 136.3717533 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245518 136.3718614 9.14 36.3246691 136.371801 9.14 36.3246691 136.371801 16.4 36.3245518 136.3718614 16.4 36.3245518 136.3718614 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246691 136.371801 9.14 36.3246327 136.3716929 9.14 36.3246327 136.3716929 16.4 36.3246691 136.371801 16.4 36.3246691 136.371801 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246327 136.3716929 9.14 36.3245153 136.3717533 9.14 36.3245153 136.3717533 16.4 36.3246327 136.3716929 16.4 36.3246327 136.3716929 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245153 136.3717533 9.14 36.3245518 136.3718614 9.14 36.3245518 136.3718614 16.4 36.3245153 136.3717533 16.4 36.3245153 136.3717533 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245518 136.3718614 16.4 36.3246691 136.371801 16.4 36.3246327 136.3716929 16.4 36.3245153 136.3717533 16.4 36.3245518 136.3718614 16.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">282.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">148.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-900</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_533fe252-ff79-4e3f-a4b6-96aaa121b6fc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243189 136.3724495 0 36.3242023 136.3725096 0 36.3242408 136.3726237 0 36.3243574 136.3725637 0 36.3243189 136.3724495 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243574 136.3725637 9.29 36.3242408 136.3726237 9.29 36.3242023 136.3725096 9.29 36.3243189 136.3724495 9.29 36.3243574 136.3725637 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243189 136.3724495 9.29 36.3242023 136.3725096 9.29 36.3242023 136.3725096 13.93 36.3243189 136.3724495 13.93 36.3243189 136.3724495 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242023 136.3725096 9.29 36.3242408 136.3726237 9.29 36.3242408 136.3726237 13.93 36.3242023 136.3725096 13.93 36.3242023 136.3725096 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242408 136.3726237 9.29 36.3243574 136.3725637 9.29 36.3243574 136.3725637 13.93 36.3242408 136.3726237 13.93 36.3242408 136.3726237 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243574 136.3725637 9.29 36.3243189 136.3724495 9.29 36.3243189 136.3724495 13.93 36.3243574 136.3725637 13.93 36.3243574 136.3725637 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243189 136.3724495 13.93 36.3242023 136.3725096 13.93 36.3242408 136.3726237 13.93 36.3243574 136.3725637 13.93 36.3243189 136.3724495 13.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">155.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-901</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6b325952-e5e9-4720-87ff-b08b13ae160c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243834 136.3726323 0 36.3242644 136.3726936 0 36.3243013 136.3728031 0 36.3244204 136.3727418 0 36.3243834 136.3726323 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244204 136.3727418 9.26 36.3243013 136.3728031 9.26 36.3242644 136.3726936 9.26 36.3243834 136.3726323 9.26 36.3244204 136.3727418 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243834 136.3726323 9.26 36.3242644 136.3726936 9.26 36.3242644 136.3726936 16.5 36.3243834 136.3726323 16.5 36.3243834 136.3726323 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242644 136.3726936 9.26 36.3243013 136.3728031 9.26 36.3243013 136.3728031 16.5 36.3242644 136.3726936 16.5 36.3242644 136.3726936 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243013 136.3728031 9.26 36.3244204 136.3727418 9.26 36.3244204 136.3727418 16.5 36.3243013 136.3728031 16.5 36.3243013 136.3728031 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244204 136.3727418 9.26 36.3243834 136.3726323 9.26 36.3243834 136.3726323 16.5 36.3244204 136.3727418 16.5 36.3244204 136.3727418 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243834 136.3726323 16.5 36.3242644 136.3726936 16.5 36.3243013 136.3728031 16.5 36.3244204 136.3727418 16.5 36.3243834 136.3726323 16.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">277.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">152.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-902</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a442643b-dd41-44df-a3cb-fc584b4fcf83">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243767 136.3723832 0 36.3244216 136.3725162 0 36.3245287 136.3724611 0 36.3244838 136.3723281 0 36.3243767 136.3723832 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244838 136.3723281 9.18 36.3245287 136.3724611 9.18 36.3244216 136.3725162 9.18 36.3243767 136.3723832 9.18 36.3244838 136.3723281 9.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243767 136.3723832 9.18 36.3244216 136.3725162 9.18 36.3244216 136.3725162 15.99 36.3243767 136.3723832 15.99 36.3243767 136.3723832 9.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244216 136.3725162 9.18 36.3245287 136.3724611 9.18 36.3245287 136.3724611 15.99 36.3244216 136.3725162 15.99 36.3244216 136.3725162 9.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245287 136.3724611 9.18 36.3244838 136.3723281 9.18 36.3244838 136.3723281 15.99 36.3245287 136.3724611 15.99 36.3245287 136.3724611 9.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244838 136.3723281 9.18 36.3243767 136.3723832 9.18 36.3243767 136.3723832 15.99 36.3244838 136.3723281 15.99 36.3244838 136.3723281 9.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243767 136.3723832 15.99 36.3244216 136.3725162 15.99 36.3245287 136.3724611 15.99 36.3244838 136.3723281 15.99 36.3243767 136.3723832 15.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">311.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">166.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-903</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_593e1170-38b0-4f86-8888-9c4ec737fa9f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245455 136.372533 0 36.3244447 136.3725849 0 36.3244816 136.3726941 0 36.3245824 136.3726422 0 36.3245455 136.372533 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245824 136.3726422 9.13 36.3244816 136.3726941 9.13 36.3244447 136.3725849 9.13 36.3245455 136.372533 9.13 36.3245824 136.3726422 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245455 136.372533 9.13 36.3244447 136.3725849 9.13 36.3244447 136.3725849 13.4 36.3245455 136.372533 13.4 36.3245455 136.372533 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244447 136.3725849 9.13 36.3244816 136.3726941 9.13 36.3244816 136.3726941 13.4 36.3244447 136.3725849 13.4 36.3244447 136.3725849 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244816 136.3726941 9.13 36.3245824 136.3726422 9.13 36.3245824 136.3726422 13.4 36.3244816 136.3726941 13.4 36.3244816 136.3726941 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245824 136.3726422 9.13 36.3245455 136.372533 9.13 36.3245455 136.372533 13.4 36.3245824 136.3726422 13.4 36.3245824 136.3726422 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245455 136.372533 13.4 36.3244447 136.3725849 13.4 36.3244816 136.3726941 13.4 36.3245824 136.3726422 13.4 36.3245455 136.372533 13.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">122.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">128.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-904</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bfee6257-479b-4bd3-95aa-7244df0f4eee">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246996 136.3722352 0 36.3245896 136.3722919 0 36.3246285 136.3724073 0 36.3247385 136.3723506 0 36.3246996 136.3722352 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247385 136.3723506 8.99 36.3246285 136.3724073 8.99 36.3245896 136.3722919 8.99 36.3246996 136.3722352 8.99 36.3247385 136.3723506 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246996 136.3722352 8.99 36.3245896 136.3722919 8.99 36.3245896 136.3722919 13.56 36.3246996 136.3722352 13.56 36.3246996 136.3722352 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245896 136.3722919 8.99 36.3246285 136.3724073 8.99 36.3246285 136.3724073 13.56 36.3245896 136.3722919 13.56 36.3245896 136.3722919 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246285 136.3724073 8.99 36.3247385 136.3723506 8.99 36.3247385 136.3723506 13.56 36.3246285 136.3724073 13.56 36.3246285 136.3724073 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247385 136.3723506 8.99 36.3246996 136.3722352 8.99 36.3246996 136.3722352 13.56 36.3247385 136.3723506 13.56 36.3247385 136.3723506 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246996 136.3722352 13.56 36.3245896 136.3722919 13.56 36.3246285 136.3724073 13.56 36.3247385 136.3723506 13.56 36.3246996 136.3722352 13.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">141.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">148.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-905</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b562a17a-c8a1-4cef-9703-7b92b698206b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249475 136.3723275 0 36.3248256 136.3723903 0 36.3248577 136.3724854 0 36.3249796 136.3724226 0 36.3249475 136.3723275 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249796 136.3724226 8.82 36.3248577 136.3724854 8.82 36.3248256 136.3723903 8.82 36.3249475 136.3723275 8.82 36.3249796 136.3724226 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249475 136.3723275 8.82 36.3248256 136.3723903 8.82 36.3248256 136.3723903 13.41 36.3249475 136.3723275 13.41 36.3249475 136.3723275 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248256 136.3723903 8.82 36.3248577 136.3724854 8.82 36.3248577 136.3724854 13.41 36.3248256 136.3723903 13.41 36.3248256 136.3723903 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248577 136.3724854 8.82 36.3249796 136.3724226 8.82 36.3249796 136.3724226 13.41 36.3248577 136.3724854 13.41 36.3248577 136.3724854 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249796 136.3724226 8.82 36.3249475 136.3723275 8.82 36.3249475 136.3723275 13.41 36.3249796 136.3724226 13.41 36.3249796 136.3724226 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249475 136.3723275 13.41 36.3248256 136.3723903 13.41 36.3248577 136.3724854 13.41 36.3249796 136.3724226 13.41 36.3249475 136.3723275 13.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">132.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">135.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-906</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f15f8ff3-35fe-4a19-a13b-ce7ed8f879b9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200553 136.3629849 0 36.3201061 136.3631355 0 36.3202037 136.3630853 0 36.3201529 136.3629346 0 36.3200553 136.3629849 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201529 136.3629346 8.96 36.3202037 136.3630853 8.96 36.3201061 136.3631355 8.96 36.3200553 136.3629849 8.96 36.3201529 136.3629346 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200553 136.3629849 8.96 36.3201061 136.3631355 8.96 36.3201061 136.3631355 15.98 36.3200553 136.3629849 15.98 36.3200553 136.3629849 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201061 136.3631355 8.96 36.3202037 136.3630853 8.96 36.3202037 136.3630853 15.98 36.3201061 136.3631355 15.98 36.3201061 136.3631355 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202037 136.3630853 8.96 36.3201529 136.3629346 8.96 36.3201529 136.3629346 15.98 36.3202037 136.3630853 15.98 36.3202037 136.3630853 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201529 136.3629346 8.96 36.3200553 136.3629849 8.96 36.3200553 136.3629849 15.98 36.3201529 136.3629346 15.98 36.3201529 136.3629346 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200553 136.3629849 15.98 36.3201061 136.3631355 15.98 36.3202037 136.3630853 15.98 36.3201529 136.3629346 15.98 36.3200553 136.3629849 15.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.6</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">12.16</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.91</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">27.03</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">297.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">171.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1297</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a3db97cc-2ab6-4d22-9f97-c4aa32a8ec94">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203036 136.3638027 0 36.3203325 136.3638884 0 36.3203994 136.3638539 0 36.3203705 136.3637682 0 36.3203036 136.3638027 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203705 136.3637682 9.42 36.3203994 136.3638539 9.42 36.3203325 136.3638884 9.42 36.3203036 136.3638027 9.42 36.3203705 136.3637682 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203036 136.3638027 9.42 36.3203325 136.3638884 9.42 36.3203325 136.3638884 15.79 36.3203036 136.3638027 15.79 36.3203036 136.3638027 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203325 136.3638884 9.42 36.3203994 136.3638539 9.42 36.3203994 136.3638539 15.79 36.3203325 136.3638884 15.79 36.3203325 136.3638884 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203994 136.3638539 9.42 36.3203705 136.3637682 9.42 36.3203705 136.3637682 15.79 36.3203994 136.3638539 15.79 36.3203994 136.3638539 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203705 136.3637682 9.42 36.3203036 136.3638027 9.42 36.3203036 136.3638027 15.79 36.3203705 136.3637682 15.79 36.3203705 136.3637682 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203036 136.3638027 15.79 36.3203325 136.3638884 15.79 36.3203994 136.3638539 15.79 36.3203705 136.3637682 15.79 36.3203036 136.3638027 15.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.329</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">17.11</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">119.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1298</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3d4afe2d-e04d-4525-bf85-277c96766cc3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203607 136.3639683 0 36.3204066 136.3641044 0 36.3204909 136.364061 0 36.320445 136.3639249 0 36.3203607 136.3639683 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320445 136.3639249 9.34 36.3204909 136.364061 9.34 36.3204066 136.3641044 9.34 36.3203607 136.3639683 9.34 36.320445 136.3639249 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203607 136.3639683 9.34 36.3204066 136.3641044 9.34 36.3204066 136.3641044 15.88 36.3203607 136.3639683 15.88 36.3203607 136.3639683 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204066 136.3641044 9.34 36.3204909 136.364061 9.34 36.3204909 136.364061 15.88 36.3204066 136.3641044 15.88 36.3204066 136.3641044 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204909 136.364061 9.34 36.320445 136.3639249 9.34 36.320445 136.3639249 15.88 36.3204909 136.364061 15.88 36.3204909 136.364061 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320445 136.3639249 9.34 36.3203607 136.3639683 9.34 36.3203607 136.3639683 15.88 36.320445 136.3639249 15.88 36.320445 136.3639249 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203607 136.3639683 15.88 36.3204066 136.3641044 15.88 36.3204909 136.364061 15.88 36.320445 136.3639249 15.88 36.3203607 136.3639683 15.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.197</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">14.99</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">246.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">134.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1299</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cec743af-61d8-475b-bccc-0f70ed83aa46">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207422 136.3649453 0 36.3207737 136.3650388 0 36.3208237 136.365013 0 36.3207922 136.3649195 0 36.3207422 136.3649453 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207922 136.3649195 9.2 36.3208237 136.365013 9.2 36.3207737 136.3650388 9.2 36.3207422 136.3649453 9.2 36.3207922 136.3649195 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207422 136.3649453 9.2 36.3207737 136.3650388 9.2 36.3207737 136.3650388 13.14 36.3207422 136.3649453 13.14 36.3207422 136.3649453 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207737 136.3650388 9.2 36.3208237 136.365013 9.2 36.3208237 136.365013 13.14 36.3207737 136.3650388 13.14 36.3207737 136.3650388 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208237 136.365013 9.2 36.3207922 136.3649195 9.2 36.3207922 136.3649195 13.14 36.3208237 136.365013 13.14 36.3208237 136.365013 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207922 136.3649195 9.2 36.3207422 136.3649453 9.2 36.3207422 136.3649453 13.14 36.3207922 136.3649195 13.14 36.3207922 136.3649195 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207422 136.3649453 13.14 36.3207737 136.3650388 13.14 36.3208237 136.365013 13.14 36.3207922 136.3649195 13.14 36.3207422 136.3649453 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.507</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.14</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">54.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1300</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6b22752b-738b-4247-a05d-de043976515f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31998 136.3632704 0 36.3199371 136.3631434 0 36.3198496 136.3631885 0 36.3198924 136.3633155 0 36.31998 136.3632704 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198924 136.3633155 9.22 36.3198496 136.3631885 9.22 36.3199371 136.3631434 9.22 36.31998 136.3632704 9.22 36.3198924 136.3633155 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31998 136.3632704 9.22 36.3199371 136.3631434 9.22 36.3199371 136.3631434 16.14 36.31998 136.3632704 16.14 36.31998 136.3632704 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199371 136.3631434 9.22 36.3198496 136.3631885 9.22 36.3198496 136.3631885 16.14 36.3199371 136.3631434 16.14 36.3199371 136.3631434 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198496 136.3631885 9.22 36.3198924 136.3633155 9.22 36.3198924 136.3633155 16.14 36.3198496 136.3631885 16.14 36.3198496 136.3631885 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198924 136.3633155 9.22 36.31998 136.3632704 9.22 36.31998 136.3632704 16.14 36.3198924 136.3633155 16.14 36.3198924 136.3633155 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31998 136.3632704 16.14 36.3199371 136.3631434 16.14 36.3198496 136.3631885 16.14 36.3198924 136.3633155 16.14 36.31998 136.3632704 16.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.524</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">11.38</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.939</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">25.29</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">254.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1301</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8be3e760-178b-42a0-a94d-4fec8ba5144c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214196 136.367063 0 36.3214779 136.3672358 0 36.3215615 136.3671927 0 36.3215032 136.36702 0 36.3214196 136.367063 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215032 136.36702 9.29 36.3215615 136.3671927 9.29 36.3214779 136.3672358 9.29 36.3214196 136.367063 9.29 36.3215032 136.36702 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214196 136.367063 9.29 36.3214779 136.3672358 9.29 36.3214779 136.3672358 16.17 36.3214196 136.367063 16.17 36.3214196 136.367063 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214779 136.3672358 9.29 36.3215615 136.3671927 9.29 36.3215615 136.3671927 16.17 36.3214779 136.3672358 16.17 36.3214779 136.3672358 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215615 136.3671927 9.29 36.3215032 136.36702 9.29 36.3215032 136.36702 16.17 36.3215615 136.3671927 16.17 36.3215615 136.3671927 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215032 136.36702 9.29 36.3214196 136.367063 9.29 36.3214196 136.367063 16.17 36.3215032 136.36702 16.17 36.3215032 136.36702 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214196 136.367063 16.17 36.3214779 136.3672358 16.17 36.3215615 136.3671927 16.17 36.3215032 136.36702 16.17 36.3214196 136.367063 16.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">301.25</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">168.93</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1302</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3e199e14-de75-4896-99bd-402141f88288">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215739 136.3671863 0 36.3216037 136.367171 0 36.3215929 136.367139 0 36.3215631 136.3671543 0 36.3215739 136.3671863 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215631 136.3671543 9.31 36.3215929 136.367139 9.31 36.3216037 136.367171 9.31 36.3215739 136.3671863 9.31 36.3215631 136.3671543 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215739 136.3671863 9.31 36.3216037 136.367171 9.31 36.3216037 136.367171 11.84 36.3215739 136.3671863 11.84 36.3215739 136.3671863 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3216037 136.367171 9.31 36.3215929 136.367139 9.31 36.3215929 136.367139 11.84 36.3216037 136.367171 11.84 36.3216037 136.367171 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215929 136.367139 9.31 36.3215631 136.3671543 9.31 36.3215631 136.3671543 11.84 36.3215929 136.367139 11.84 36.3215929 136.367139 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215631 136.3671543 9.31 36.3215739 136.3671863 9.31 36.3215739 136.3671863 11.84 36.3215631 136.3671543 11.84 36.3215631 136.3671543 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215739 136.3671863 11.84 36.3216037 136.367171 11.84 36.3215929 136.367139 11.84 36.3215631 136.3671543 11.84 36.3215739 136.3671863 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">9.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">11.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1303</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_32d151c5-2525-416a-86bc-c807080c79d7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3223152 136.3702869 0 36.3222649 136.3701377 0 36.3222007 136.3701707 0 36.322251 136.37032 0 36.3223152 136.3702869 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.322251 136.37032 9.24 36.3222007 136.3701707 9.24 36.3222649 136.3701377 9.24 36.3223152 136.3702869 9.24 36.322251 136.37032 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3223152 136.3702869 9.24 36.3222649 136.3701377 9.24 36.3222649 136.3701377 14.7 36.3223152 136.3702869 14.7 36.3223152 136.3702869 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3222649 136.3701377 9.24 36.3222007 136.3701707 9.24 36.3222007 136.3701707 14.7 36.3222649 136.3701377 14.7 36.3222649 136.3701377 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3222007 136.3701707 9.24 36.322251 136.37032 9.24 36.322251 136.37032 14.7 36.3222007 136.3701707 14.7 36.3222007 136.3701707 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.322251 136.37032 9.24 36.3223152 136.3702869 9.24 36.3223152 136.3702869 14.7 36.322251 136.37032 14.7 36.322251 136.37032 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3223152 136.3702869 14.7 36.3222649 136.3701377 14.7 36.3222007 136.3701707 14.7 36.322251 136.37032 14.7 36.3223152 136.3702869 14.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">108.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1304</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5a191abc-3c93-493e-8e37-9ceed5751332">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323396 136.3729556 0 36.3234344 136.3730697 0 36.3235059 136.3730329 0 36.3234674 136.3729188 0 36.323396 136.3729556 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234674 136.3729188 9.11 36.3235059 136.3730329 9.11 36.3234344 136.3730697 9.11 36.323396 136.3729556 9.11 36.3234674 136.3729188 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323396 136.3729556 9.11 36.3234344 136.3730697 9.11 36.3234344 136.3730697 13 36.323396 136.3729556 13 36.323396 136.3729556 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234344 136.3730697 9.11 36.3235059 136.3730329 9.11 36.3235059 136.3730329 13 36.3234344 136.3730697 13 36.3234344 136.3730697 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235059 136.3730329 9.11 36.3234674 136.3729188 9.11 36.3234674 136.3729188 13 36.3235059 136.3730329 13 36.3235059 136.3730329 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234674 136.3729188 9.11 36.323396 136.3729556 9.11 36.323396 136.3729556 13 36.3234674 136.3729188 13 36.3234674 136.3729188 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323396 136.3729556 13 36.3234344 136.3730697 13 36.3235059 136.3730329 13 36.3234674 136.3729188 13 36.323396 136.3729556 13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1305</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_42cd6018-488b-404a-8b04-7700a23ea1b9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235068 136.3729923 0 36.3235183 136.3730265 0 36.323546 136.3730123 0 36.3235345 136.372978 0 36.3235068 136.3729923 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235345 136.372978 9.15 36.323546 136.3730123 9.15 36.3235183 136.3730265 9.15 36.3235068 136.3729923 9.15 36.3235345 136.372978 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235068 136.3729923 9.15 36.3235183 136.3730265 9.15 36.3235183 136.3730265 11.74 36.3235068 136.3729923 11.74 36.3235068 136.3729923 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235183 136.3730265 9.15 36.323546 136.3730123 9.15 36.323546 136.3730123 11.74 36.3235183 136.3730265 11.74 36.3235183 136.3730265 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323546 136.3730123 9.15 36.3235345 136.372978 9.15 36.3235345 136.372978 11.74 36.323546 136.3730123 11.74 36.323546 136.3730123 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235345 136.372978 9.15 36.3235068 136.3729923 9.15 36.3235068 136.3729923 11.74 36.3235345 136.372978 11.74 36.3235345 136.372978 9.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235068 136.3729923 11.74 36.3235183 136.3730265 11.74 36.323546 136.3730123 11.74 36.3235345 136.372978 11.74 36.3235068 136.3729923 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">9.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">11.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1306</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8004589c-8547-45f2-bdc5-d7d31e6e692a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234589 136.3731392 0 36.3235106 136.3732924 0 36.3236051 136.3732437 0 36.3235535 136.3730905 0 36.3234589 136.3731392 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235535 136.3730905 9.14 36.3236051 136.3732437 9.14 36.3235106 136.3732924 9.14 36.3234589 136.3731392 9.14 36.3235535 136.3730905 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234589 136.3731392 9.14 36.3235106 136.3732924 9.14 36.3235106 136.3732924 15.95 36.3234589 136.3731392 15.95 36.3234589 136.3731392 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235106 136.3732924 9.14 36.3236051 136.3732437 9.14 36.3236051 136.3732437 15.95 36.3235106 136.3732924 15.95 36.3235106 136.3732924 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236051 136.3732437 9.14 36.3235535 136.3730905 9.14 36.3235535 136.3730905 15.95 36.3236051 136.3732437 15.95 36.3236051 136.3732437 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235535 136.3730905 9.14 36.3234589 136.3731392 9.14 36.3234589 136.3731392 15.95 36.3235535 136.3730905 15.95 36.3235535 136.3730905 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234589 136.3731392 15.95 36.3235106 136.3732924 15.95 36.3236051 136.3732437 15.95 36.3235535 136.3730905 15.95 36.3234589 136.3731392 15.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">321.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1307</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_08e55fc1-1d0d-437f-ab1a-54f4e55da270">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236 136.373498 0 36.3236343 136.3735998 0 36.323697 136.3735675 0 36.3236627 136.3734657 0 36.3236 136.373498 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236627 136.3734657 9.2 36.323697 136.3735675 9.2 36.3236343 136.3735998 9.2 36.3236 136.373498 9.2 36.3236627 136.3734657 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236 136.373498 9.2 36.3236343 136.3735998 9.2 36.3236343 136.3735998 16.02 36.3236 136.373498 16.02 36.3236 136.373498 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236343 136.3735998 9.2 36.323697 136.3735675 9.2 36.323697 136.3735675 16.02 36.3236343 136.3735998 16.02 36.3236343 136.3735998 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323697 136.3735675 9.2 36.3236627 136.3734657 9.2 36.3236627 136.3734657 16.02 36.323697 136.3735675 16.02 36.323697 136.3735675 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236627 136.3734657 9.2 36.3236 136.373498 9.2 36.3236 136.373498 16.02 36.3236627 136.3734657 16.02 36.3236627 136.3734657 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236 136.373498 16.02 36.3236343 136.3735998 16.02 36.323697 136.3735675 16.02 36.3236627 136.3734657 16.02 36.3236 136.373498 16.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1308</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a28c112c-192b-4dae-88b0-e9edc135097e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323707 136.3734429 0 36.323764 136.373612 0 36.3238535 136.3735659 0 36.3237964 136.3733968 0 36.323707 136.3734429 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237964 136.3733968 9.21 36.3238535 136.3735659 9.21 36.323764 136.373612 9.21 36.323707 136.3734429 9.21 36.3237964 136.3733968 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323707 136.3734429 9.21 36.323764 136.373612 9.21 36.323764 136.373612 15.81 36.323707 136.3734429 15.81 36.323707 136.3734429 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323764 136.373612 9.21 36.3238535 136.3735659 9.21 36.3238535 136.3735659 15.81 36.323764 136.373612 15.81 36.323764 136.373612 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238535 136.3735659 9.21 36.3237964 136.3733968 9.21 36.3237964 136.3733968 15.81 36.3238535 136.3735659 15.81 36.3238535 136.3735659 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237964 136.3733968 9.21 36.323707 136.3734429 9.21 36.323707 136.3734429 15.81 36.3237964 136.3733968 15.81 36.3237964 136.3733968 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323707 136.3734429 15.81 36.323764 136.373612 15.81 36.3238535 136.3735659 15.81 36.3237964 136.3733968 15.81 36.323707 136.3734429 15.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">337.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">176.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1309</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8fa16c98-854c-4b8a-9755-9fccc645632a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236357 136.3736921 0 36.3236841 136.3738357 0 36.3237677 136.3737927 0 36.3237193 136.373649 0 36.3236357 136.3736921 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237193 136.373649 9.28 36.3237677 136.3737927 9.28 36.3236841 136.3738357 9.28 36.3236357 136.3736921 9.28 36.3237193 136.373649 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236357 136.3736921 9.28 36.3236841 136.3738357 9.28 36.3236841 136.3738357 16.11 36.3236357 136.3736921 16.11 36.3236357 136.3736921 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236841 136.3738357 9.28 36.3237677 136.3737927 9.28 36.3237677 136.3737927 16.11 36.3236841 136.3738357 16.11 36.3236841 136.3738357 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237677 136.3737927 9.28 36.3237193 136.373649 9.28 36.3237193 136.373649 16.11 36.3237677 136.3737927 16.11 36.3237677 136.3737927 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237193 136.373649 9.28 36.3236357 136.3736921 9.28 36.3236357 136.3736921 16.11 36.3237193 136.373649 16.11 36.3237193 136.373649 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3236357 136.3736921 16.11 36.3236841 136.3738357 16.11 36.3237677 136.3737927 16.11 36.3237193 136.373649 16.11 36.3236357 136.3736921 16.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">278.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">140.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1310</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a743b541-5c2f-44c3-9557-66d0a7020596">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237617 136.3737314 0 36.3237802 136.3737863 0 36.3238145 136.3737686 0 36.323796 136.3737138 0 36.3237617 136.3737314 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323796 136.3737138 9.32 36.3238145 136.3737686 9.32 36.3237802 136.3737863 9.32 36.3237617 136.3737314 9.32 36.323796 136.3737138 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237617 136.3737314 9.32 36.3237802 136.3737863 9.32 36.3237802 136.3737863 12.02 36.3237617 136.3737314 12.02 36.3237617 136.3737314 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237802 136.3737863 9.32 36.3238145 136.3737686 9.32 36.3238145 136.3737686 12.02 36.3237802 136.3737863 12.02 36.3237802 136.3737863 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238145 136.3737686 9.32 36.323796 136.3737138 9.32 36.323796 136.3737138 12.02 36.3238145 136.3737686 12.02 36.3238145 136.3737686 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323796 136.3737138 9.32 36.3237617 136.3737314 9.32 36.3237617 136.3737314 12.02 36.323796 136.3737138 12.02 36.323796 136.3737138 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237617 136.3737314 12.02 36.3237802 136.3737863 12.02 36.3238145 136.3737686 12.02 36.323796 136.3737138 12.02 36.3237617 136.3737314 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">21.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">21.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1311</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d4c6ff5f-303a-45a8-a786-f1f27fe22e96">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237173 136.3738743 0 36.3237443 136.3739544 0 36.3237946 136.3739285 0 36.3237676 136.3738484 0 36.3237173 136.3738743 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237676 136.3738484 9.35 36.3237946 136.3739285 9.35 36.3237443 136.3739544 9.35 36.3237173 136.3738743 9.35 36.3237676 136.3738484 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237173 136.3738743 9.35 36.3237443 136.3739544 9.35 36.3237443 136.3739544 13.48 36.3237173 136.3738743 13.48 36.3237173 136.3738743 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237443 136.3739544 9.35 36.3237946 136.3739285 9.35 36.3237946 136.3739285 13.48 36.3237443 136.3739544 13.48 36.3237443 136.3739544 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237946 136.3739285 9.35 36.3237676 136.3738484 9.35 36.3237676 136.3738484 13.48 36.3237946 136.3739285 13.48 36.3237946 136.3739285 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237676 136.3738484 9.35 36.3237173 136.3738743 9.35 36.3237173 136.3738743 13.48 36.3237676 136.3738484 13.48 36.3237676 136.3738484 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237173 136.3738743 13.48 36.3237443 136.3739544 13.48 36.3237946 136.3739285 13.48 36.3237676 136.3738484 13.48 36.3237173 136.3738743 13.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">42.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">47.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1312</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2455535c-236c-4531-9a30-d8eb43bbf6b4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238359 136.3742049 0 36.3239172 136.374163 0 36.323887 136.3740736 0 36.3238058 136.3741154 0 36.3238359 136.3742049 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238058 136.3741154 9.36 36.323887 136.3740736 9.36 36.3239172 136.374163 9.36 36.3238359 136.3742049 9.36 36.3238058 136.3741154 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238359 136.3742049 9.36 36.3239172 136.374163 9.36 36.3239172 136.374163 15.82 36.3238359 136.3742049 15.82 36.3238359 136.3742049 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239172 136.374163 9.36 36.323887 136.3740736 9.36 36.323887 136.3740736 15.82 36.3239172 136.374163 15.82 36.3239172 136.374163 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323887 136.3740736 9.36 36.3238058 136.3741154 9.36 36.3238058 136.3741154 15.82 36.323887 136.3740736 15.82 36.323887 136.3740736 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238058 136.3741154 9.36 36.3238359 136.3742049 9.36 36.3238359 136.3742049 15.82 36.3238058 136.3741154 15.82 36.3238058 136.3741154 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238359 136.3742049 15.82 36.3239172 136.374163 15.82 36.323887 136.3740736 15.82 36.3238058 136.3741154 15.82 36.3238359 136.3742049 15.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">149.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1313</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_82591e80-c1bf-4052-944c-ef686cf700bb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239383 136.3740472 0 36.3239827 136.3741786 0 36.3240546 136.3741416 0 36.3240103 136.3740101 0 36.3239383 136.3740472 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240103 136.3740101 9.35 36.3240546 136.3741416 9.35 36.3239827 136.3741786 9.35 36.3239383 136.3740472 9.35 36.3240103 136.3740101 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239383 136.3740472 9.35 36.3239827 136.3741786 9.35 36.3239827 136.3741786 13.54 36.3239383 136.3740472 13.54 36.3239383 136.3740472 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239827 136.3741786 9.35 36.3240546 136.3741416 9.35 36.3240546 136.3741416 13.54 36.3239827 136.3741786 13.54 36.3239827 136.3741786 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240546 136.3741416 9.35 36.3240103 136.3740101 9.35 36.3240103 136.3740101 13.54 36.3240546 136.3741416 13.54 36.3240546 136.3741416 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240103 136.3740101 9.35 36.3239383 136.3740472 9.35 36.3239383 136.3740472 13.54 36.3240103 136.3740101 13.54 36.3240103 136.3740101 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239383 136.3740472 13.54 36.3239827 136.3741786 13.54 36.3240546 136.3741416 13.54 36.3240103 136.3740101 13.54 36.3239383 136.3740472 13.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">110.6</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1314</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3768f1b0-f9b3-488a-a2c1-b65ed6064cfd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3225461 136.3710014 0 36.3225018 136.3708703 0 36.3224555 136.3708942 0 36.3224997 136.3710253 0 36.3225461 136.3710014 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3224997 136.3710253 9.24 36.3224555 136.3708942 9.24 36.3225018 136.3708703 9.24 36.3225461 136.3710014 9.24 36.3224997 136.3710253 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3225461 136.3710014 9.24 36.3225018 136.3708703 9.24 36.3225018 136.3708703 13.04 36.3225461 136.3710014 13.04 36.3225461 136.3710014 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3225018 136.3708703 9.24 36.3224555 136.3708942 9.24 36.3224555 136.3708942 13.04 36.3225018 136.3708703 13.04 36.3225018 136.3708703 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3224555 136.3708942 9.24 36.3224997 136.3710253 9.24 36.3224997 136.3710253 13.04 36.3224555 136.3708942 13.04 36.3224555 136.3708942 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3224997 136.3710253 9.24 36.3225461 136.3710014 9.24 36.3225461 136.3710014 13.04 36.3224997 136.3710253 13.04 36.3224997 136.3710253 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3225461 136.3710014 13.04 36.3225018 136.3708703 13.04 36.3224555 136.3708942 13.04 36.3224997 136.3710253 13.04 36.3225461 136.3710014 13.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">63.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1315</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e7c837ff-a7cc-4c37-9318-d98b312cb4d7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3229184 136.37216 0 36.3228747 136.3720303 0 36.3227962 136.3720707 0 36.32284 136.3722004 0 36.3229184 136.37216 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32284 136.3722004 9.32 36.3227962 136.3720707 9.32 36.3228747 136.3720303 9.32 36.3229184 136.37216 9.32 36.32284 136.3722004 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3229184 136.37216 9.32 36.3228747 136.3720303 9.32 36.3228747 136.3720303 13.85 36.3229184 136.37216 13.85 36.3229184 136.37216 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3228747 136.3720303 9.32 36.3227962 136.3720707 9.32 36.3227962 136.3720707 13.85 36.3228747 136.3720303 13.85 36.3228747 136.3720303 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3227962 136.3720707 9.32 36.32284 136.3722004 9.32 36.32284 136.3722004 13.85 36.3227962 136.3720707 13.85 36.3227962 136.3720707 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32284 136.3722004 9.32 36.3229184 136.37216 9.32 36.3229184 136.37216 13.85 36.32284 136.3722004 13.85 36.32284 136.3722004 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3229184 136.37216 13.85 36.3228747 136.3720303 13.85 36.3227962 136.3720707 13.85 36.32284 136.3722004 13.85 36.3229184 136.37216 13.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">100.12</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">119.05</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1316</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_92a8af8f-8134-4942-b778-2ea87316f952">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166736 136.3699665 0 36.3167242 136.3701166 0 36.3167922 136.3700816 0 36.3167416 136.3699315 0 36.3166736 136.3699665 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167416 136.3699315 11.61 36.3167922 136.3700816 11.61 36.3167242 136.3701166 11.61 36.3166736 136.3699665 11.61 36.3167416 136.3699315 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166736 136.3699665 11.61 36.3167242 136.3701166 11.61 36.3167242 136.3701166 15.54 36.3166736 136.3699665 15.54 36.3166736 136.3699665 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167242 136.3701166 11.61 36.3167922 136.3700816 11.61 36.3167922 136.3700816 15.54 36.3167242 136.3701166 15.54 36.3167242 136.3701166 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167922 136.3700816 11.61 36.3167416 136.3699315 11.61 36.3167416 136.3699315 15.54 36.3167922 136.3700816 15.54 36.3167922 136.3700816 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167416 136.3699315 11.61 36.3166736 136.3699665 11.61 36.3166736 136.3699665 15.54 36.3167416 136.3699315 15.54 36.3167416 136.3699315 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166736 136.3699665 15.54 36.3167242 136.3701166 15.54 36.3167922 136.3700816 15.54 36.3167416 136.3699315 15.54 36.3166736 136.3699665 15.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">113.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">119.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1351</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_72c434cb-0541-4c5e-a0f6-b793fe1122f4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168187 136.370854 0 36.3168678 136.3709996 0 36.3169661 136.370949 0 36.316917 136.3708033 0 36.3168187 136.370854 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316917 136.3708033 11.58 36.3169661 136.370949 11.58 36.3168678 136.3709996 11.58 36.3168187 136.370854 11.58 36.316917 136.3708033 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168187 136.370854 11.58 36.3168678 136.3709996 11.58 36.3168678 136.3709996 18.53 36.3168187 136.370854 18.53 36.3168187 136.370854 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168678 136.3709996 11.58 36.3169661 136.370949 11.58 36.3169661 136.370949 18.53 36.3168678 136.3709996 18.53 36.3168678 136.3709996 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169661 136.370949 11.58 36.316917 136.3708033 11.58 36.316917 136.3708033 18.53 36.3169661 136.370949 18.53 36.3169661 136.370949 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316917 136.3708033 11.58 36.3168187 136.370854 11.58 36.3168187 136.370854 18.53 36.316917 136.3708033 18.53 36.316917 136.3708033 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168187 136.370854 18.53 36.3168678 136.3709996 18.53 36.3169661 136.370949 18.53 36.316917 136.3708033 18.53 36.3168187 136.370854 18.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">274.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1355</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_681dc91f-29dc-46e7-a986-329f3827858c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169014 136.371087 0 36.3169382 136.3711962 0 36.3169974 136.3711657 0 36.3169606 136.3710565 0 36.3169014 136.371087 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169606 136.3710565 11.54 36.3169974 136.3711657 11.54 36.3169382 136.3711962 11.54 36.3169014 136.371087 11.54 36.3169606 136.3710565 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169014 136.371087 11.54 36.3169382 136.3711962 11.54 36.3169382 136.3711962 18.17 36.3169014 136.371087 18.17 36.3169014 136.371087 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169382 136.3711962 11.54 36.3169974 136.3711657 11.54 36.3169974 136.3711657 18.17 36.3169382 136.3711962 18.17 36.3169382 136.3711962 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169974 136.3711657 11.54 36.3169606 136.3710565 11.54 36.3169606 136.3710565 18.17 36.3169974 136.3711657 18.17 36.3169974 136.3711657 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169606 136.3710565 11.54 36.3169014 136.371087 11.54 36.3169014 136.371087 18.17 36.3169606 136.3710565 18.17 36.3169606 136.3710565 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169014 136.371087 18.17 36.3169382 136.3711962 18.17 36.3169974 136.3711657 18.17 36.3169606 136.3710565 18.17 36.3169014 136.371087 18.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">137.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1356</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8ced9e03-9e48-48b4-9c57-f33516494b6e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170297 136.371021 0 36.3170794 136.3711686 0 36.317155 136.3711297 0 36.3171052 136.3709821 0 36.3170297 136.371021 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3171052 136.3709821 11.49 36.317155 136.3711297 11.49 36.3170794 136.3711686 11.49 36.3170297 136.371021 11.49 36.3171052 136.3709821 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170297 136.371021 11.49 36.3170794 136.3711686 11.49 36.3170794 136.3711686 15.65 36.3170297 136.371021 15.65 36.3170297 136.371021 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170794 136.3711686 11.49 36.317155 136.3711297 11.49 36.317155 136.3711297 15.65 36.3170794 136.3711686 15.65 36.3170794 136.3711686 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.317155 136.3711297 11.49 36.3171052 136.3709821 11.49 36.3171052 136.3709821 15.65 36.317155 136.3711297 15.65 36.317155 136.3711297 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3171052 136.3709821 11.49 36.3170297 136.371021 11.49 36.3170297 136.371021 15.65 36.3171052 136.3709821 15.65 36.3171052 136.3709821 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170297 136.371021 15.65 36.3170794 136.3711686 15.65 36.317155 136.3711297 15.65 36.3171052 136.3709821 15.65 36.3170297 136.371021 15.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">122.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1357</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87393bd9-5097-4120-b45d-1b917b5c2d59">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31678 136.3711864 0 36.3167362 136.3710566 0 36.3166526 136.3710997 0 36.3166964 136.3712294 0 36.31678 136.3711864 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166964 136.3712294 11.64 36.3166526 136.3710997 11.64 36.3167362 136.3710566 11.64 36.31678 136.3711864 11.64 36.3166964 136.3712294 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31678 136.3711864 11.64 36.3167362 136.3710566 11.64 36.3167362 136.3710566 18.5 36.31678 136.3711864 18.5 36.31678 136.3711864 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167362 136.3710566 11.64 36.3166526 136.3710997 11.64 36.3166526 136.3710997 18.5 36.3167362 136.3710566 18.5 36.3167362 136.3710566 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166526 136.3710997 11.64 36.3166964 136.3712294 11.64 36.3166964 136.3712294 18.5 36.3166526 136.3710997 18.5 36.3166526 136.3710997 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166964 136.3712294 11.64 36.31678 136.3711864 11.64 36.31678 136.3711864 18.5 36.3166964 136.3712294 18.5 36.3166964 136.3712294 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31678 136.3711864 18.5 36.3167362 136.3710566 18.5 36.3166526 136.3710997 18.5 36.3166964 136.3712294 18.5 36.31678 136.3711864 18.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">239.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">126.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1359</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9c7961ff-fe59-48df-801f-36e8fa67bd2a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168445 136.3714149 0 36.3167905 136.3712546 0 36.3167401 136.3712806 0 36.3167941 136.3714409 0 36.3168445 136.3714149 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167941 136.3714409 11.61 36.3167401 136.3712806 11.61 36.3167905 136.3712546 11.61 36.3168445 136.3714149 11.61 36.3167941 136.3714409 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168445 136.3714149 11.61 36.3167905 136.3712546 11.61 36.3167905 136.3712546 16.29 36.3168445 136.3714149 16.29 36.3168445 136.3714149 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167905 136.3712546 11.61 36.3167401 136.3712806 11.61 36.3167401 136.3712806 16.29 36.3167905 136.3712546 16.29 36.3167905 136.3712546 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167401 136.3712806 11.61 36.3167941 136.3714409 11.61 36.3167941 136.3714409 16.29 36.3167401 136.3712806 16.29 36.3167401 136.3712806 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167941 136.3714409 11.61 36.3168445 136.3714149 11.61 36.3168445 136.3714149 16.29 36.3167941 136.3714409 16.29 36.3167941 136.3714409 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168445 136.3714149 16.29 36.3167905 136.3712546 16.29 36.3167401 136.3712806 16.29 36.3167941 136.3714409 16.29 36.3168445 136.3714149 16.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">77.72</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1361</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dc55d7cd-4527-4802-a21b-1b17b14ead18">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1970</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173421 136.3627848 0 36.3174438 136.3627324 0 36.3174195 136.3626603 0 36.3173178 136.3627127 0 36.3173421 136.3627848 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173178 136.3627127 9.64 36.3174195 136.3626603 9.64 36.3174438 136.3627324 9.64 36.3173421 136.3627848 9.64 36.3173178 136.3627127 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173421 136.3627848 9.64 36.3174438 136.3627324 9.64 36.3174438 136.3627324 13.21 36.3173421 136.3627848 13.21 36.3173421 136.3627848 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174438 136.3627324 9.64 36.3174195 136.3626603 9.64 36.3174195 136.3626603 13.21 36.3174438 136.3627324 13.21 36.3174438 136.3627324 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174195 136.3626603 9.64 36.3173178 136.3627127 9.64 36.3173178 136.3627127 13.21 36.3174195 136.3626603 13.21 36.3174195 136.3626603 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173178 136.3627127 9.64 36.3173421 136.3627848 9.64 36.3173421 136.3627848 13.21 36.3173178 136.3627127 13.21 36.3173178 136.3627127 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173421 136.3627848 13.21 36.3174438 136.3627324 13.21 36.3174195 136.3626603 13.21 36.3173178 136.3627127 13.21 36.3173421 136.3627848 13.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.776</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">13.71</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.126</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">30.47</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1863</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7af84e6a-1571-4c19-b451-74cc4d8b48a2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175146 136.3627267 0 36.3176101 136.3626775 0 36.3175772 136.3625799 0 36.3174816 136.3626291 0 36.3175146 136.3627267 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174816 136.3626291 9.38 36.3175772 136.3625799 9.38 36.3176101 136.3626775 9.38 36.3175146 136.3627267 9.38 36.3174816 136.3626291 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175146 136.3627267 9.38 36.3176101 136.3626775 9.38 36.3176101 136.3626775 16.55 36.3175146 136.3627267 16.55 36.3175146 136.3627267 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176101 136.3626775 9.38 36.3175772 136.3625799 9.38 36.3175772 136.3625799 16.55 36.3176101 136.3626775 16.55 36.3176101 136.3626775 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175772 136.3625799 9.38 36.3174816 136.3626291 9.38 36.3174816 136.3626291 16.55 36.3175772 136.3625799 16.55 36.3175772 136.3625799 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174816 136.3626291 9.38 36.3175146 136.3627267 9.38 36.3175146 136.3627267 16.55 36.3174816 136.3626291 16.55 36.3174816 136.3626291 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175146 136.3627267 16.55 36.3176101 136.3626775 16.55 36.3175772 136.3625799 16.55 36.3174816 136.3626291 16.55 36.3175146 136.3627267 16.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.835</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">14.27</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.372</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">31.72</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">207.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1864</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d24db99e-a44c-4d33-9b7b-917379b8c1bd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174617 136.36289 0 36.3173862 136.3629288 0 36.3174176 136.3630219 0 36.3174931 136.362983 0 36.3174617 136.36289 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174931 136.362983 9.95 36.3174176 136.3630219 9.95 36.3173862 136.3629288 9.95 36.3174617 136.36289 9.95 36.3174931 136.362983 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174617 136.36289 9.95 36.3173862 136.3629288 9.95 36.3173862 136.3629288 16.65 36.3174617 136.36289 16.65 36.3174617 136.36289 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3173862 136.3629288 9.95 36.3174176 136.3630219 9.95 36.3174176 136.3630219 16.65 36.3173862 136.3629288 16.65 36.3173862 136.3629288 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174176 136.3630219 9.95 36.3174931 136.362983 9.95 36.3174931 136.362983 16.65 36.3174176 136.3630219 16.65 36.3174176 136.3630219 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174931 136.362983 9.95 36.3174617 136.36289 9.95 36.3174617 136.36289 16.65 36.3174931 136.362983 16.65 36.3174931 136.362983 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3174617 136.36289 16.65 36.3173862 136.3629288 16.65 36.3174176 136.3630219 16.65 36.3174931 136.362983 16.65 36.3174617 136.36289 16.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.623</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">12.37</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.058</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">27.5</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">149.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1865</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b2461402-5609-4969-af98-dff59aa7f4bb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176127 136.3628097 0 36.317525 136.3628549 0 36.3175498 136.3629285 0 36.3176375 136.3628833 0 36.3176127 136.3628097 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176375 136.3628833 9.72 36.3175498 136.3629285 9.72 36.317525 136.3628549 9.72 36.3176127 136.3628097 9.72 36.3176375 136.3628833 9.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176127 136.3628097 9.72 36.317525 136.3628549 9.72 36.317525 136.3628549 15.94 36.3176127 136.3628097 15.94 36.3176127 136.3628097 9.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.317525 136.3628549 9.72 36.3175498 136.3629285 9.72 36.3175498 136.3629285 15.94 36.317525 136.3628549 15.94 36.317525 136.3628549 9.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175498 136.3629285 9.72 36.3176375 136.3628833 9.72 36.3176375 136.3628833 15.94 36.3175498 136.3629285 15.94 36.3175498 136.3629285 9.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176375 136.3628833 9.72 36.3176127 136.3628097 9.72 36.3176127 136.3628097 15.94 36.3176375 136.3628833 15.94 36.3176375 136.3628833 9.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176127 136.3628097 15.94 36.317525 136.3628549 15.94 36.3175498 136.3629285 15.94 36.3176375 136.3628833 15.94 36.3176127 136.3628097 15.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.706</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">13</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.106</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">28.88</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">150.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1866</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a2d2c6c3-6dfb-4872-8be1-5c70e6bb5524">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176586 136.3629366 0 36.3175682 136.3629832 0 36.3175939 136.3630595 0 36.3176843 136.3630129 0 36.3176586 136.3629366 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176843 136.3630129 9.88 36.3175939 136.3630595 9.88 36.3175682 136.3629832 9.88 36.3176586 136.3629366 9.88 36.3176843 136.3630129 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176586 136.3629366 9.88 36.3175682 136.3629832 9.88 36.3175682 136.3629832 16.5 36.3176586 136.3629366 16.5 36.3176586 136.3629366 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175682 136.3629832 9.88 36.3175939 136.3630595 9.88 36.3175939 136.3630595 16.5 36.3175682 136.3629832 16.5 36.3175682 136.3629832 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3175939 136.3630595 9.88 36.3176843 136.3630129 9.88 36.3176843 136.3630129 16.5 36.3175939 136.3630595 16.5 36.3175939 136.3630595 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176843 136.3630129 9.88 36.3176586 136.3629366 9.88 36.3176586 136.3629366 16.5 36.3176843 136.3630129 16.5 36.3176843 136.3630129 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3176586 136.3629366 16.5 36.3175682 136.3629832 16.5 36.3175939 136.3630595 16.5 36.3176843 136.3630129 16.5 36.3176586 136.3629366 16.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.618</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">12.28</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.945</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">27.28</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">134.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1867</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_486d03b9-135b-4f97-bf34-116d46389b75">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179925 136.362645 0 36.3179202 136.3626823 0 36.3179464 136.36276 0 36.3180187 136.3627228 0 36.3179925 136.362645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180187 136.3627228 9.3 36.3179464 136.36276 9.3 36.3179202 136.3626823 9.3 36.3179925 136.362645 9.3 36.3180187 136.3627228 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179925 136.362645 9.3 36.3179202 136.3626823 9.3 36.3179202 136.3626823 15.95 36.3179925 136.362645 15.95 36.3179925 136.362645 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179202 136.3626823 9.3 36.3179464 136.36276 9.3 36.3179464 136.36276 15.95 36.3179202 136.3626823 15.95 36.3179202 136.3626823 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179464 136.36276 9.3 36.3180187 136.3627228 9.3 36.3180187 136.3627228 15.95 36.3179464 136.36276 15.95 36.3179464 136.36276 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180187 136.3627228 9.3 36.3179925 136.362645 9.3 36.3179925 136.362645 15.95 36.3180187 136.3627228 15.95 36.3180187 136.3627228 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3179925 136.362645 15.95 36.3179202 136.3626823 15.95 36.3179464 136.36276 15.95 36.3180187 136.3627228 15.95 36.3179925 136.362645 15.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.929</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">14.32</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.426</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">31.82</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">120.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1868</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1ad7065c-05ff-4f6a-b8ed-c9421c2417c6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180965 136.3652458 0 36.3182793 136.3651517 0 36.3182103 136.3649471 0 36.3180275 136.3650412 0 36.3180965 136.3652458 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180275 136.3650412 10.41 36.3182103 136.3649471 10.41 36.3182793 136.3651517 10.41 36.3180965 136.3652458 10.41 36.3180275 136.3650412 10.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180965 136.3652458 10.41 36.3182793 136.3651517 10.41 36.3182793 136.3651517 18.81 36.3180965 136.3652458 18.81 36.3180965 136.3652458 10.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182793 136.3651517 10.41 36.3182103 136.3649471 10.41 36.3182103 136.3649471 18.81 36.3182793 136.3651517 18.81 36.3182793 136.3651517 10.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3182103 136.3649471 10.41 36.3180275 136.3650412 10.41 36.3180275 136.3650412 18.81 36.3182103 136.3649471 18.81 36.3182103 136.3649471 10.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180275 136.3650412 10.41 36.3180965 136.3652458 10.41 36.3180965 136.3652458 18.81 36.3180275 136.3650412 18.81 36.3180275 136.3650412 10.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180965 136.3652458 18.81 36.3182793 136.3651517 18.81 36.3182103 136.3649471 18.81 36.3180275 136.3650412 18.81 36.3180965 136.3652458 18.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.545</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.63</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">728.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">437.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1880</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9e25dc7e-9d44-4ddb-8c0b-722f4b2c1568">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186483 136.3650354 0 36.3187317 136.3649925 0 36.3187032 136.3649081 0 36.3186198 136.364951 0 36.3186483 136.3650354 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186198 136.364951 10.13 36.3187032 136.3649081 10.13 36.3187317 136.3649925 10.13 36.3186483 136.3650354 10.13 36.3186198 136.364951 10.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186483 136.3650354 10.13 36.3187317 136.3649925 10.13 36.3187317 136.3649925 12.98 36.3186483 136.3650354 12.98 36.3186483 136.3650354 10.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187317 136.3649925 10.13 36.3187032 136.3649081 10.13 36.3187032 136.3649081 12.98 36.3187317 136.3649925 12.98 36.3187317 136.3649925 10.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187032 136.3649081 10.13 36.3186198 136.364951 10.13 36.3186198 136.364951 12.98 36.3187032 136.3649081 12.98 36.3187032 136.3649081 10.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186198 136.364951 10.13 36.3186483 136.3650354 10.13 36.3186483 136.3650354 12.98 36.3186198 136.364951 12.98 36.3186198 136.364951 10.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3186483 136.3650354 12.98 36.3187317 136.3649925 12.98 36.3187032 136.3649081 12.98 36.3186198 136.364951 12.98 36.3186483 136.3650354 12.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.581</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">8.04</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1881</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6bb34d73-4f12-4f90-be76-46e89f370ecd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187999 136.3649602 0 36.3188682 136.3649251 0 36.3188417 136.3648465 0 36.3187734 136.3648816 0 36.3187999 136.3649602 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187734 136.3648816 10.05 36.3188417 136.3648465 10.05 36.3188682 136.3649251 10.05 36.3187999 136.3649602 10.05 36.3187734 136.3648816 10.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187999 136.3649602 10.05 36.3188682 136.3649251 10.05 36.3188682 136.3649251 16.48 36.3187999 136.3649602 16.48 36.3187999 136.3649602 10.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188682 136.3649251 10.05 36.3188417 136.3648465 10.05 36.3188417 136.3648465 16.48 36.3188682 136.3649251 16.48 36.3188682 136.3649251 10.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188417 136.3648465 10.05 36.3187734 136.3648816 10.05 36.3187734 136.3648816 16.48 36.3188417 136.3648465 16.48 36.3188417 136.3648465 10.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187734 136.3648816 10.05 36.3187999 136.3649602 10.05 36.3187999 136.3649602 16.48 36.3187734 136.3648816 16.48 36.3187734 136.3648816 10.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3187999 136.3649602 16.48 36.3188682 136.3649251 16.48 36.3188417 136.3648465 16.48 36.3187734 136.3648816 16.48 36.3187999 136.3649602 16.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.745</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">8.73</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">103.25</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">62.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1882</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9ce5cb21-655e-41a1-b93f-dc24c3c54810">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188648 136.3678321 0 36.3189612 136.3677825 0 36.3189353 136.3677057 0 36.3188389 136.3677554 0 36.3188648 136.3678321 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188389 136.3677554 10.26 36.3189353 136.3677057 10.26 36.3189612 136.3677825 10.26 36.3188648 136.3678321 10.26 36.3188389 136.3677554 10.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188648 136.3678321 10.26 36.3189612 136.3677825 10.26 36.3189612 136.3677825 16.89 36.3188648 136.3678321 16.89 36.3188648 136.3678321 10.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189612 136.3677825 10.26 36.3189353 136.3677057 10.26 36.3189353 136.3677057 16.89 36.3189612 136.3677825 16.89 36.3189612 136.3677825 10.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189353 136.3677057 10.26 36.3188389 136.3677554 10.26 36.3188389 136.3677554 16.89 36.3189353 136.3677057 16.89 36.3189353 136.3677057 10.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188389 136.3677554 10.26 36.3188648 136.3678321 10.26 36.3188648 136.3678321 16.89 36.3188389 136.3677554 16.89 36.3188389 136.3677554 10.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3188648 136.3678321 16.89 36.3189612 136.3677825 16.89 36.3189353 136.3677057 16.89 36.3188389 136.3677554 16.89 36.3188648 136.3678321 16.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">166.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1907</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0463cb5d-4bfe-41df-9ab9-7ce343d215fa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318985 136.3675927 0 36.3190643 136.3675518 0 36.3190335 136.3674604 0 36.3189541 136.3675013 0 36.318985 136.3675927 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189541 136.3675013 10.21 36.3190335 136.3674604 10.21 36.3190643 136.3675518 10.21 36.318985 136.3675927 10.21 36.3189541 136.3675013 10.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318985 136.3675927 10.21 36.3190643 136.3675518 10.21 36.3190643 136.3675518 16.57 36.318985 136.3675927 16.57 36.318985 136.3675927 10.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3190643 136.3675518 10.21 36.3190335 136.3674604 10.21 36.3190335 136.3674604 16.57 36.3190643 136.3675518 16.57 36.3190643 136.3675518 10.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3190335 136.3674604 10.21 36.3189541 136.3675013 10.21 36.3189541 136.3675013 16.57 36.3190335 136.3674604 16.57 36.3190335 136.3674604 10.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189541 136.3675013 10.21 36.318985 136.3675927 10.21 36.318985 136.3675927 16.57 36.3189541 136.3675013 16.57 36.3189541 136.3675013 10.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318985 136.3675927 16.57 36.3190643 136.3675518 16.57 36.3190335 136.3674604 16.57 36.3189541 136.3675013 16.57 36.318985 136.3675927 16.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1908</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4ac1f3fe-2c62-444b-ab83-35e90586da77">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191071 136.3678851 0 36.3189132 136.3679849 0 36.3189447 136.3680785 0 36.3191386 136.3679787 0 36.3191071 136.3678851 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191386 136.3679787 10.15 36.3189447 136.3680785 10.15 36.3189132 136.3679849 10.15 36.3191071 136.3678851 10.15 36.3191386 136.3679787 10.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191071 136.3678851 10.15 36.3189132 136.3679849 10.15 36.3189132 136.3679849 16.28 36.3191071 136.3678851 16.28 36.3191071 136.3678851 10.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189132 136.3679849 10.15 36.3189447 136.3680785 10.15 36.3189447 136.3680785 16.28 36.3189132 136.3679849 16.28 36.3189132 136.3679849 10.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189447 136.3680785 10.15 36.3191386 136.3679787 10.15 36.3191386 136.3679787 16.28 36.3189447 136.3680785 16.28 36.3189447 136.3680785 10.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191386 136.3679787 10.15 36.3191071 136.3678851 10.15 36.3191071 136.3678851 16.28 36.3191386 136.3679787 16.28 36.3191386 136.3679787 10.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191071 136.3678851 16.28 36.3189132 136.3679849 16.28 36.3189447 136.3680785 16.28 36.3191386 136.3679787 16.28 36.3191071 136.3678851 16.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">415.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">212.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1909</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ee15be12-7a15-429a-b54c-2697b09a4265">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166588 136.3718347 0 36.316743 136.3717914 0 36.3167172 136.3717147 0 36.316633 136.3717581 0 36.3166588 136.3718347 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316633 136.3717581 11.59 36.3167172 136.3717147 11.59 36.316743 136.3717914 11.59 36.3166588 136.3718347 11.59 36.316633 136.3717581 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166588 136.3718347 11.59 36.316743 136.3717914 11.59 36.316743 136.3717914 17.94 36.3166588 136.3718347 17.94 36.3166588 136.3718347 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316743 136.3717914 11.59 36.3167172 136.3717147 11.59 36.3167172 136.3717147 17.94 36.316743 136.3717914 17.94 36.316743 136.3717914 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167172 136.3717147 11.59 36.316633 136.3717581 11.59 36.316633 136.3717581 17.94 36.3167172 136.3717147 17.94 36.3167172 136.3717147 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316633 136.3717581 11.59 36.3166588 136.3718347 11.59 36.3166588 136.3718347 17.94 36.316633 136.3717581 17.94 36.316633 136.3717581 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166588 136.3718347 17.94 36.316743 136.3717914 17.94 36.3167172 136.3717147 17.94 36.316633 136.3717581 17.94 36.3166588 136.3718347 17.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">124.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1930</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8fd5e9e1-4cc3-4619-af70-485cdfb3274e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166688 136.3717216 0 36.316712 136.3716993 0 36.3166994 136.3716622 0 36.3166563 136.3716844 0 36.3166688 136.3717216 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166563 136.3716844 11.61 36.3166994 136.3716622 11.61 36.316712 136.3716993 11.61 36.3166688 136.3717216 11.61 36.3166563 136.3716844 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166688 136.3717216 11.61 36.316712 136.3716993 11.61 36.316712 136.3716993 14.29 36.3166688 136.3717216 14.29 36.3166688 136.3717216 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316712 136.3716993 11.61 36.3166994 136.3716622 11.61 36.3166994 136.3716622 14.29 36.316712 136.3716993 14.29 36.316712 136.3716993 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166994 136.3716622 11.61 36.3166563 136.3716844 11.61 36.3166563 136.3716844 14.29 36.3166994 136.3716622 14.29 36.3166994 136.3716622 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166563 136.3716844 11.61 36.3166688 136.3717216 11.61 36.3166688 136.3717216 14.29 36.3166563 136.3716844 14.29 36.3166563 136.3716844 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166688 136.3717216 14.29 36.316712 136.3716993 14.29 36.3166994 136.3716622 14.29 36.3166563 136.3716844 14.29 36.3166688 136.3717216 14.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">15.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">18.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1932</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_52cc25a5-8508-4a4b-abae-d4b3a6e818ba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167594 136.371982 0 36.3167907 136.372075 0 36.3168636 136.3720374 0 36.3168323 136.3719445 0 36.3167594 136.371982 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168323 136.3719445 11.55 36.3168636 136.3720374 11.55 36.3167907 136.372075 11.55 36.3167594 136.371982 11.55 36.3168323 136.3719445 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167594 136.371982 11.55 36.3167907 136.372075 11.55 36.3167907 136.372075 15.63 36.3167594 136.371982 15.63 36.3167594 136.371982 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167907 136.372075 11.55 36.3168636 136.3720374 11.55 36.3168636 136.3720374 15.63 36.3167907 136.372075 15.63 36.3167907 136.372075 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168636 136.3720374 11.55 36.3168323 136.3719445 11.55 36.3168323 136.3719445 15.63 36.3168636 136.3720374 15.63 36.3168636 136.3720374 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168323 136.3719445 11.55 36.3167594 136.371982 11.55 36.3167594 136.371982 15.63 36.3168323 136.3719445 15.63 36.3168323 136.3719445 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167594 136.371982 15.63 36.3167907 136.372075 15.63 36.3168636 136.3720374 15.63 36.3168323 136.3719445 15.63 36.3167594 136.371982 15.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">68.56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1936</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_542f8db2-b164-4c6c-a23b-712ec2e30925">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198062 136.3702233 0 36.3197749 136.3701305 0 36.319707 136.3701654 0 36.3197382 136.3702582 0 36.3198062 136.3702233 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197382 136.3702582 9.93 36.319707 136.3701654 9.93 36.3197749 136.3701305 9.93 36.3198062 136.3702233 9.93 36.3197382 136.3702582 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198062 136.3702233 9.93 36.3197749 136.3701305 9.93 36.3197749 136.3701305 16.89 36.3198062 136.3702233 16.89 36.3198062 136.3702233 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197749 136.3701305 9.93 36.319707 136.3701654 9.93 36.319707 136.3701654 16.89 36.3197749 136.3701305 16.89 36.3197749 136.3701305 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319707 136.3701654 9.93 36.3197382 136.3702582 9.93 36.3197382 136.3702582 16.89 36.319707 136.3701654 16.89 36.319707 136.3701654 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197382 136.3702582 9.93 36.3198062 136.3702233 9.93 36.3198062 136.3702233 16.89 36.3197382 136.3702582 16.89 36.3197382 136.3702582 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198062 136.3702233 16.89 36.3197749 136.3701305 16.89 36.319707 136.3701654 16.89 36.3197382 136.3702582 16.89 36.3198062 136.3702233 16.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1937</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cdc1c38f-9347-4568-8652-9731c513bcbd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196821 136.3700919 0 36.3197538 136.370055 0 36.3197274 136.3699766 0 36.3196557 136.3700135 0 36.3196821 136.3700919 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196557 136.3700135 9.93 36.3197274 136.3699766 9.93 36.3197538 136.370055 9.93 36.3196821 136.3700919 9.93 36.3196557 136.3700135 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196821 136.3700919 9.93 36.3197538 136.370055 9.93 36.3197538 136.370055 16.24 36.3196821 136.3700919 16.24 36.3196821 136.3700919 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197538 136.370055 9.93 36.3197274 136.3699766 9.93 36.3197274 136.3699766 16.24 36.3197538 136.370055 16.24 36.3197538 136.370055 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197274 136.3699766 9.93 36.3196557 136.3700135 9.93 36.3196557 136.3700135 16.24 36.3197274 136.3699766 16.24 36.3197274 136.3699766 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196557 136.3700135 9.93 36.3196821 136.3700919 9.93 36.3196821 136.3700919 16.24 36.3196557 136.3700135 16.24 36.3196557 136.3700135 9.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196821 136.3700919 16.24 36.3197538 136.370055 16.24 36.3197274 136.3699766 16.24 36.3196557 136.3700135 16.24 36.3196821 136.3700919 16.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">112.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1938</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0e18d27f-575c-4a29-94f3-4a87d2c5f4fc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198857 136.3702016 0 36.319993 136.3701464 0 36.3199485 136.3700145 0 36.3198412 136.3700697 0 36.3198857 136.3702016 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198412 136.3700697 9.81 36.3199485 136.3700145 9.81 36.319993 136.3701464 9.81 36.3198857 136.3702016 9.81 36.3198412 136.3700697 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198857 136.3702016 9.81 36.319993 136.3701464 9.81 36.319993 136.3701464 17.09 36.3198857 136.3702016 17.09 36.3198857 136.3702016 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319993 136.3701464 9.81 36.3199485 136.3700145 9.81 36.3199485 136.3700145 17.09 36.319993 136.3701464 17.09 36.319993 136.3701464 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199485 136.3700145 9.81 36.3198412 136.3700697 9.81 36.3198412 136.3700697 17.09 36.3199485 136.3700145 17.09 36.3199485 136.3700145 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198412 136.3700697 9.81 36.3198857 136.3702016 9.81 36.3198857 136.3702016 17.09 36.3198412 136.3700697 17.09 36.3198412 136.3700697 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198857 136.3702016 17.09 36.319993 136.3701464 17.09 36.3199485 136.3700145 17.09 36.3198412 136.3700697 17.09 36.3198857 136.3702016 17.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">293.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">165.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1939</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_85d652e8-a698-46bf-8a12-12acd4390e11">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198187 136.3700029 0 36.3199157 136.3699529 0 36.3198867 136.3698667 0 36.3197896 136.3699166 0 36.3198187 136.3700029 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197896 136.3699166 9.82 36.3198867 136.3698667 9.82 36.3199157 136.3699529 9.82 36.3198187 136.3700029 9.82 36.3197896 136.3699166 9.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198187 136.3700029 9.82 36.3199157 136.3699529 9.82 36.3199157 136.3699529 16.68 36.3198187 136.3700029 16.68 36.3198187 136.3700029 9.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199157 136.3699529 9.82 36.3198867 136.3698667 9.82 36.3198867 136.3698667 16.68 36.3199157 136.3699529 16.68 36.3199157 136.3699529 9.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198867 136.3698667 9.82 36.3197896 136.3699166 9.82 36.3197896 136.3699166 16.68 36.3198867 136.3698667 16.68 36.3198867 136.3698667 9.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197896 136.3699166 9.82 36.3198187 136.3700029 9.82 36.3198187 136.3700029 16.68 36.3197896 136.3699166 16.68 36.3197896 136.3699166 9.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198187 136.3700029 16.68 36.3199157 136.3699529 16.68 36.3198867 136.3698667 16.68 36.3197896 136.3699166 16.68 36.3198187 136.3700029 16.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">181.1</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1940</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_51a847f7-7272-4c6c-ac0f-27fe738448fe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198517 136.37037 0 36.3197816 136.3704061 0 36.3198087 136.3704864 0 36.3198788 136.3704503 0 36.3198517 136.37037 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198788 136.3704503 9.96 36.3198087 136.3704864 9.96 36.3197816 136.3704061 9.96 36.3198517 136.37037 9.96 36.3198788 136.3704503 9.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198517 136.37037 9.96 36.3197816 136.3704061 9.96 36.3197816 136.3704061 13.71 36.3198517 136.37037 13.71 36.3198517 136.37037 9.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197816 136.3704061 9.96 36.3198087 136.3704864 9.96 36.3198087 136.3704864 13.71 36.3197816 136.3704061 13.71 36.3197816 136.3704061 9.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198087 136.3704864 9.96 36.3198788 136.3704503 9.96 36.3198788 136.3704503 13.71 36.3198087 136.3704864 13.71 36.3198087 136.3704864 9.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198788 136.3704503 9.96 36.3198517 136.37037 9.96 36.3198517 136.37037 13.71 36.3198788 136.3704503 13.71 36.3198788 136.3704503 9.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198517 136.37037 13.71 36.3197816 136.3704061 13.71 36.3198087 136.3704864 13.71 36.3198788 136.3704503 13.71 36.3198517 136.37037 13.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">62.98</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1941</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9d842f54-21a1-43a4-83a6-6027cd2d7093">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203621 136.369952 0 36.3203322 136.3698631 0 36.3202644 136.369898 0 36.3202943 136.3699869 0 36.3203621 136.369952 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202943 136.3699869 9.64 36.3202644 136.369898 9.64 36.3203322 136.3698631 9.64 36.3203621 136.369952 9.64 36.3202943 136.3699869 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203621 136.369952 9.64 36.3203322 136.3698631 9.64 36.3203322 136.3698631 16.57 36.3203621 136.369952 16.57 36.3203621 136.369952 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203322 136.3698631 9.64 36.3202644 136.369898 9.64 36.3202644 136.369898 16.57 36.3203322 136.3698631 16.57 36.3203322 136.3698631 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202644 136.369898 9.64 36.3202943 136.3699869 9.64 36.3202943 136.3699869 16.57 36.3202644 136.369898 16.57 36.3202644 136.369898 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202943 136.3699869 9.64 36.3203621 136.369952 9.64 36.3203621 136.369952 16.57 36.3202943 136.3699869 16.57 36.3202943 136.3699869 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203621 136.369952 16.57 36.3203322 136.3698631 16.57 36.3202644 136.369898 16.57 36.3202943 136.3699869 16.57 36.3203621 136.369952 16.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1942</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5cdbd8cc-8612-47d2-8721-cd2f9eb5a042">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202358 136.3698134 0 36.3203204 136.3697698 0 36.3202877 136.3696727 0 36.3202031 136.3697163 0 36.3202358 136.3698134 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202031 136.3697163 9.61 36.3202877 136.3696727 9.61 36.3203204 136.3697698 9.61 36.3202358 136.3698134 9.61 36.3202031 136.3697163 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202358 136.3698134 9.61 36.3203204 136.3697698 9.61 36.3203204 136.3697698 16.12 36.3202358 136.3698134 16.12 36.3202358 136.3698134 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203204 136.3697698 9.61 36.3202877 136.3696727 9.61 36.3202877 136.3696727 16.12 36.3203204 136.3697698 16.12 36.3203204 136.3697698 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202877 136.3696727 9.61 36.3202031 136.3697163 9.61 36.3202031 136.3697163 16.12 36.3202877 136.3696727 16.12 36.3202877 136.3696727 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202031 136.3697163 9.61 36.3202358 136.3698134 9.61 36.3202358 136.3698134 16.12 36.3202031 136.3697163 16.12 36.3202031 136.3697163 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202358 136.3698134 16.12 36.3203204 136.3697698 16.12 36.3202877 136.3696727 16.12 36.3202031 136.3697163 16.12 36.3202358 136.3698134 16.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">184.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1943</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5e503561-5acf-43cc-92c1-255f298e0f2a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320327 136.3698477 0 36.3203123 136.3698042 0 36.3202853 136.3698181 0 36.3202999 136.3698616 0 36.320327 136.3698477 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202999 136.3698616 9.63 36.3202853 136.3698181 9.63 36.3203123 136.3698042 9.63 36.320327 136.3698477 9.63 36.3202999 136.3698616 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320327 136.3698477 9.63 36.3203123 136.3698042 9.63 36.3203123 136.3698042 12.1 36.320327 136.3698477 12.1 36.320327 136.3698477 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203123 136.3698042 9.63 36.3202853 136.3698181 9.63 36.3202853 136.3698181 12.1 36.3203123 136.3698042 12.1 36.3203123 136.3698042 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202853 136.3698181 9.63 36.3202999 136.3698616 9.63 36.3202999 136.3698616 12.1 36.3202853 136.3698181 12.1 36.3202853 136.3698181 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202999 136.3698616 9.63 36.320327 136.3698477 9.63 36.320327 136.3698477 12.1 36.3202999 136.3698616 12.1 36.3202999 136.3698616 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320327 136.3698477 12.1 36.3203123 136.3698042 12.1 36.3202853 136.3698181 12.1 36.3202999 136.3698616 12.1 36.320327 136.3698477 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">12.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">13.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1944</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_69c35ce1-fd43-4b90-b429-da3b1b5481fe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204202 136.3699295 0 36.3205204 136.369878 0 36.3204905 136.3697892 0 36.3203903 136.3698408 0 36.3204202 136.3699295 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203903 136.3698408 9.6 36.3204905 136.3697892 9.6 36.3205204 136.369878 9.6 36.3204202 136.3699295 9.6 36.3203903 136.3698408 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204202 136.3699295 9.6 36.3205204 136.369878 9.6 36.3205204 136.369878 13.71 36.3204202 136.3699295 13.71 36.3204202 136.3699295 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3205204 136.369878 9.6 36.3204905 136.3697892 9.6 36.3204905 136.3697892 13.71 36.3205204 136.369878 13.71 36.3205204 136.369878 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204905 136.3697892 9.6 36.3203903 136.3698408 9.6 36.3203903 136.3698408 13.71 36.3204905 136.3697892 13.71 36.3204905 136.3697892 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203903 136.3698408 9.6 36.3204202 136.3699295 9.6 36.3204202 136.3699295 13.71 36.3203903 136.3698408 13.71 36.3203903 136.3698408 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204202 136.3699295 13.71 36.3205204 136.369878 13.71 36.3204905 136.3697892 13.71 36.3203903 136.3698408 13.71 36.3204202 136.3699295 13.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">94.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1945</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ee24ce70-a83d-4855-8de1-011691794fbf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320359 136.369748 0 36.3204427 136.3697049 0 36.3204096 136.3696067 0 36.3203259 136.3696498 0 36.320359 136.369748 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203259 136.3696498 9.61 36.3204096 136.3696067 9.61 36.3204427 136.3697049 9.61 36.320359 136.369748 9.61 36.3203259 136.3696498 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320359 136.369748 9.61 36.3204427 136.3697049 9.61 36.3204427 136.3697049 16.45 36.320359 136.369748 16.45 36.320359 136.369748 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204427 136.3697049 9.61 36.3204096 136.3696067 9.61 36.3204096 136.3696067 16.45 36.3204427 136.3697049 16.45 36.3204427 136.3697049 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204096 136.3696067 9.61 36.3203259 136.3696498 9.61 36.3203259 136.3696498 16.45 36.3204096 136.3696067 16.45 36.3204096 136.3696067 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203259 136.3696498 9.61 36.320359 136.369748 9.61 36.320359 136.369748 16.45 36.3203259 136.3696498 16.45 36.3203259 136.3696498 9.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320359 136.369748 16.45 36.3204427 136.3697049 16.45 36.3204096 136.3696067 16.45 36.3203259 136.3696498 16.45 36.320359 136.369748 16.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">181.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1946</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_eadde27a-52e5-4340-a429-9c5de4e50382">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208211 136.372599 0 36.3208998 136.3725585 0 36.3208718 136.3724757 0 36.3207932 136.3725162 0 36.3208211 136.372599 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207932 136.3725162 9.51 36.3208718 136.3724757 9.51 36.3208998 136.3725585 9.51 36.3208211 136.372599 9.51 36.3207932 136.3725162 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208211 136.372599 9.51 36.3208998 136.3725585 9.51 36.3208998 136.3725585 16.35 36.3208211 136.372599 16.35 36.3208211 136.372599 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208998 136.3725585 9.51 36.3208718 136.3724757 9.51 36.3208718 136.3724757 16.35 36.3208998 136.3725585 16.35 36.3208998 136.3725585 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208718 136.3724757 9.51 36.3207932 136.3725162 9.51 36.3207932 136.3725162 16.35 36.3208718 136.3724757 16.35 36.3208718 136.3724757 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207932 136.3725162 9.51 36.3208211 136.372599 9.51 36.3208211 136.372599 16.35 36.3207932 136.3725162 16.35 36.3207932 136.3725162 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208211 136.372599 16.35 36.3208998 136.3725585 16.35 36.3208718 136.3724757 16.35 36.3207932 136.3725162 16.35 36.3208211 136.372599 16.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">143.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1952</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ec62846c-8ef5-4332-8444-3095812f06bc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">415</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211511 136.3724568 0 36.3212515 136.3724051 0 36.3212122 136.3722887 0 36.3211118 136.3723404 0 36.3211511 136.3724568 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211118 136.3723404 9.5 36.3212122 136.3722887 9.5 36.3212515 136.3724051 9.5 36.3211511 136.3724568 9.5 36.3211118 136.3723404 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211511 136.3724568 9.5 36.3212515 136.3724051 9.5 36.3212515 136.3724051 15.41 36.3211511 136.3724568 15.41 36.3211511 136.3724568 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3212515 136.3724051 9.5 36.3212122 136.3722887 9.5 36.3212122 136.3722887 15.41 36.3212515 136.3724051 15.41 36.3212515 136.3724051 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3212122 136.3722887 9.5 36.3211118 136.3723404 9.5 36.3211118 136.3723404 15.41 36.3212122 136.3722887 15.41 36.3212122 136.3722887 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211118 136.3723404 9.5 36.3211511 136.3724568 9.5 36.3211511 136.3724568 15.41 36.3211118 136.3723404 15.41 36.3211118 136.3723404 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211511 136.3724568 15.41 36.3212515 136.3724051 15.41 36.3212122 136.3722887 15.41 36.3211118 136.3723404 15.41 36.3211511 136.3724568 15.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">272.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">136.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1953</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_713a746c-3c33-4959-9a35-a4ba270bd43a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32108 136.3722462 0 36.3211658 136.372202 0 36.3211334 136.372106 0 36.3210477 136.3721502 0 36.32108 136.3722462 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210477 136.3721502 9.52 36.3211334 136.372106 9.52 36.3211658 136.372202 9.52 36.32108 136.3722462 9.52 36.3210477 136.3721502 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32108 136.3722462 9.52 36.3211658 136.372202 9.52 36.3211658 136.372202 16.23 36.32108 136.3722462 16.23 36.32108 136.3722462 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211658 136.372202 9.52 36.3211334 136.372106 9.52 36.3211334 136.372106 16.23 36.3211658 136.372202 16.23 36.3211658 136.372202 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3211334 136.372106 9.52 36.3210477 136.3721502 9.52 36.3210477 136.3721502 16.23 36.3211334 136.372106 16.23 36.3211334 136.372106 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210477 136.3721502 9.52 36.32108 136.3722462 9.52 36.32108 136.3722462 16.23 36.3210477 136.3721502 16.23 36.3210477 136.3721502 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32108 136.3722462 16.23 36.3211658 136.372202 16.23 36.3211334 136.372106 16.23 36.3210477 136.3721502 16.23 36.32108 136.3722462 16.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">190.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1954</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f0c43370-ad92-45f0-9f89-01e539b8f84c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213665 136.3723344 0 36.3213236 136.3722072 0 36.3212441 136.3722482 0 36.321287 136.3723754 0 36.3213665 136.3723344 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321287 136.3723754 9.45 36.3212441 136.3722482 9.45 36.3213236 136.3722072 9.45 36.3213665 136.3723344 9.45 36.321287 136.3723754 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213665 136.3723344 9.45 36.3213236 136.3722072 9.45 36.3213236 136.3722072 16.73 36.3213665 136.3723344 16.73 36.3213665 136.3723344 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213236 136.3722072 9.45 36.3212441 136.3722482 9.45 36.3212441 136.3722482 16.73 36.3213236 136.3722072 16.73 36.3213236 136.3722072 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3212441 136.3722482 9.45 36.321287 136.3723754 9.45 36.321287 136.3723754 16.73 36.3212441 136.3722482 16.73 36.3212441 136.3722482 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321287 136.3723754 9.45 36.3213665 136.3723344 9.45 36.3213665 136.3723344 16.73 36.321287 136.3723754 16.73 36.321287 136.3723754 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213665 136.3723344 16.73 36.3213236 136.3722072 16.73 36.3212441 136.3722482 16.73 36.321287 136.3723754 16.73 36.3213665 136.3723344 16.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">215.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">118.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1955</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f0872953-4eba-45ad-9545-636ec6fc3d71">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238337 136.3738865 0 36.3239351 136.3738342 0 36.3239104 136.3737609 0 36.3238089 136.3738132 0 36.3238337 136.3738865 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238089 136.3738132 9.34 36.3239104 136.3737609 9.34 36.3239351 136.3738342 9.34 36.3238337 136.3738865 9.34 36.3238089 136.3738132 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238337 136.3738865 9.34 36.3239351 136.3738342 9.34 36.3239351 136.3738342 12.98 36.3238337 136.3738865 12.98 36.3238337 136.3738865 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239351 136.3738342 9.34 36.3239104 136.3737609 9.34 36.3239104 136.3737609 12.98 36.3239351 136.3738342 12.98 36.3239351 136.3738342 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239104 136.3737609 9.34 36.3238089 136.3738132 9.34 36.3238089 136.3738132 12.98 36.3239104 136.3737609 12.98 36.3239104 136.3737609 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238089 136.3738132 9.34 36.3238337 136.3738865 9.34 36.3238337 136.3738865 12.98 36.3238089 136.3738132 12.98 36.3238089 136.3738132 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238337 136.3738865 12.98 36.3239351 136.3738342 12.98 36.3239104 136.3737609 12.98 36.3238089 136.3738132 12.98 36.3238337 136.3738865 12.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">80.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1959</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_14907539-1150-4daa-850f-98c20ed00edb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240104 136.3738404 0 36.3241272 136.3737803 0 36.324092 136.3736758 0 36.3239752 136.3737359 0 36.3240104 136.3738404 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239752 136.3737359 9.32 36.324092 136.3736758 9.32 36.3241272 136.3737803 9.32 36.3240104 136.3738404 9.32 36.3239752 136.3737359 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240104 136.3738404 9.32 36.3241272 136.3737803 9.32 36.3241272 136.3737803 15.85 36.3240104 136.3738404 15.85 36.3240104 136.3738404 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241272 136.3737803 9.32 36.324092 136.3736758 9.32 36.324092 136.3736758 15.85 36.3241272 136.3737803 15.85 36.3241272 136.3737803 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324092 136.3736758 9.32 36.3239752 136.3737359 9.32 36.3239752 136.3737359 15.85 36.324092 136.3736758 15.85 36.324092 136.3736758 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239752 136.3737359 9.32 36.3240104 136.3738404 9.32 36.3240104 136.3738404 15.85 36.3239752 136.3737359 15.85 36.3239752 136.3737359 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240104 136.3738404 15.85 36.3241272 136.3737803 15.85 36.324092 136.3736758 15.85 36.3239752 136.3737359 15.85 36.3240104 136.3738404 15.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">280.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">142.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1960</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_57e9cda6-086d-4a2e-bb06-f623d1a96dcd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239527 136.3736692 0 36.3240499 136.3736191 0 36.3240193 136.3735283 0 36.3239221 136.3735783 0 36.3239527 136.3736692 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239221 136.3735783 9.3 36.3240193 136.3735283 9.3 36.3240499 136.3736191 9.3 36.3239527 136.3736692 9.3 36.3239221 136.3735783 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239527 136.3736692 9.3 36.3240499 136.3736191 9.3 36.3240499 136.3736191 13.96 36.3239527 136.3736692 13.96 36.3239527 136.3736692 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240499 136.3736191 9.3 36.3240193 136.3735283 9.3 36.3240193 136.3735283 13.96 36.3240499 136.3736191 13.96 36.3240499 136.3736191 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240193 136.3735283 9.3 36.3239221 136.3735783 9.3 36.3239221 136.3735783 13.96 36.3240193 136.3735283 13.96 36.3240193 136.3735283 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239221 136.3735783 9.3 36.3239527 136.3736692 9.3 36.3239527 136.3736692 13.96 36.3239221 136.3735783 13.96 36.3239221 136.3735783 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239527 136.3736692 13.96 36.3240499 136.3736191 13.96 36.3240193 136.3735283 13.96 36.3239221 136.3735783 13.96 36.3239527 136.3736692 13.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1961</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_34e3dfdc-27dc-4009-b948-0da13c12b2f6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241902 136.3737643 0 36.3242812 136.3737174 0 36.3242508 136.3736274 0 36.3241599 136.3736742 0 36.3241902 136.3737643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241599 136.3736742 9.28 36.3242508 136.3736274 9.28 36.3242812 136.3737174 9.28 36.3241902 136.3737643 9.28 36.3241599 136.3736742 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241902 136.3737643 9.28 36.3242812 136.3737174 9.28 36.3242812 136.3737174 15.73 36.3241902 136.3737643 15.73 36.3241902 136.3737643 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242812 136.3737174 9.28 36.3242508 136.3736274 9.28 36.3242508 136.3736274 15.73 36.3242812 136.3737174 15.73 36.3242812 136.3737174 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242508 136.3736274 9.28 36.3241599 136.3736742 9.28 36.3241599 136.3736742 15.73 36.3242508 136.3736274 15.73 36.3242508 136.3736274 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241599 136.3736742 9.28 36.3241902 136.3737643 9.28 36.3241902 136.3737643 15.73 36.3241599 136.3736742 15.73 36.3241599 136.3736742 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241902 136.3737643 15.73 36.3242812 136.3737174 15.73 36.3242508 136.3736274 15.73 36.3241599 136.3736742 15.73 36.3241902 136.3737643 15.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">170.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1962</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b0a20db5-5177-4fef-89bb-44eef16f9509">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241307 136.3735877 0 36.3242598 136.3735213 0 36.3242232 136.373413 0 36.3240942 136.3734794 0 36.3241307 136.3735877 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240942 136.3734794 9.25 36.3242232 136.373413 9.25 36.3242598 136.3735213 9.25 36.3241307 136.3735877 9.25 36.3240942 136.3734794 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241307 136.3735877 9.25 36.3242598 136.3735213 9.25 36.3242598 136.3735213 16.09 36.3241307 136.3735877 16.09 36.3241307 136.3735877 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242598 136.3735213 9.25 36.3242232 136.373413 9.25 36.3242232 136.373413 16.09 36.3242598 136.3735213 16.09 36.3242598 136.3735213 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242232 136.373413 9.25 36.3240942 136.3734794 9.25 36.3240942 136.3734794 16.09 36.3242232 136.373413 16.09 36.3242232 136.373413 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240942 136.3734794 9.25 36.3241307 136.3735877 9.25 36.3241307 136.3735877 16.09 36.3240942 136.3734794 16.09 36.3240942 136.3734794 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241307 136.3735877 16.09 36.3242598 136.3735213 16.09 36.3242232 136.373413 16.09 36.3240942 136.3734794 16.09 36.3241307 136.3735877 16.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">275.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">163.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1963</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_170ade6f-f8fe-4a9e-bfdc-c9c74800ea7f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>9999</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243093 136.3736678 0 36.324408 136.373617 0 36.3243752 136.3735197 0 36.3242765 136.3735705 0 36.3243093 136.3736678 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242765 136.3735705 9.22 36.3243752 136.3735197 9.22 36.324408 136.373617 9.22 36.3243093 136.3736678 9.22 36.3242765 136.3735705 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243093 136.3736678 9.22 36.324408 136.373617 9.22 36.324408 136.373617 14.35 36.3243093 136.3736678 14.35 36.3243093 136.3736678 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324408 136.373617 9.22 36.3243752 136.3735197 9.22 36.3243752 136.3735197 14.35 36.324408 136.373617 14.35 36.324408 136.373617 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243752 136.3735197 9.22 36.3242765 136.3735705 9.22 36.3242765 136.3735705 14.35 36.3243752 136.3735197 14.35 36.3243752 136.3735197 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242765 136.3735705 9.22 36.3243093 136.3736678 9.22 36.3243093 136.3736678 14.35 36.3242765 136.3735705 14.35 36.3242765 136.3735705 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243093 136.3736678 14.35 36.324408 136.373617 14.35 36.3243752 136.3735197 14.35 36.3242765 136.3735705 14.35 36.3243093 136.3736678 14.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">100.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1964</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_eb1ec0ff-cca7-449a-88ec-94557e53ccab">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241872 136.3739062 0 36.3240515 136.3739761 0 36.3240888 136.3740869 0 36.3242246 136.374017 0 36.3241872 136.3739062 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242246 136.374017 9.34 36.3240888 136.3740869 9.34 36.3240515 136.3739761 9.34 36.3241872 136.3739062 9.34 36.3242246 136.374017 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241872 136.3739062 9.34 36.3240515 136.3739761 9.34 36.3240515 136.3739761 16.33 36.3241872 136.3739062 16.33 36.3241872 136.3739062 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240515 136.3739761 9.34 36.3240888 136.3740869 9.34 36.3240888 136.3740869 16.33 36.3240515 136.3739761 16.33 36.3240515 136.3739761 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240888 136.3740869 9.34 36.3242246 136.374017 9.34 36.3242246 136.374017 16.33 36.3240888 136.3740869 16.33 36.3240888 136.3740869 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242246 136.374017 9.34 36.3241872 136.3739062 9.34 36.3241872 136.3739062 16.33 36.3242246 136.374017 16.33 36.3242246 136.374017 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241872 136.3739062 16.33 36.3240515 136.3739761 16.33 36.3240888 136.3740869 16.33 36.3242246 136.374017 16.33 36.3241872 136.3739062 16.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">288.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">175.93</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1965</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b5a1bb9-5312-4cf0-89cb-8a9c4f010cad">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243678 136.3738364 0 36.324246 136.3738992 0 36.3242907 136.3740316 0 36.3244125 136.3739689 0 36.3243678 136.3738364 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244125 136.3739689 9.32 36.3242907 136.3740316 9.32 36.324246 136.3738992 9.32 36.3243678 136.3738364 9.32 36.3244125 136.3739689 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243678 136.3738364 9.32 36.324246 136.3738992 9.32 36.324246 136.3738992 14.11 36.3243678 136.3738364 14.11 36.3243678 136.3738364 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324246 136.3738992 9.32 36.3242907 136.3740316 9.32 36.3242907 136.3740316 14.11 36.324246 136.3738992 14.11 36.324246 136.3738992 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242907 136.3740316 9.32 36.3244125 136.3739689 9.32 36.3244125 136.3739689 14.11 36.3242907 136.3740316 14.11 36.3242907 136.3740316 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244125 136.3739689 9.32 36.3243678 136.3738364 9.32 36.3243678 136.3738364 14.11 36.3244125 136.3739689 14.11 36.3244125 136.3739689 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243678 136.3738364 14.11 36.324246 136.3738992 14.11 36.3242907 136.3740316 14.11 36.3244125 136.3739689 14.11 36.3243678 136.3738364 14.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">183.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">188.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1966</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8c2e98b6-eb0c-4901-a485-15f8614dbf60">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246799 136.3734879 0 36.3247671 136.373443 0 36.3247384 136.3733578 0 36.3246512 136.3734027 0 36.3246799 136.3734879 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246512 136.3734027 8.99 36.3247384 136.3733578 8.99 36.3247671 136.373443 8.99 36.3246799 136.3734879 8.99 36.3246512 136.3734027 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246799 136.3734879 8.99 36.3247671 136.373443 8.99 36.3247671 136.373443 14.43 36.3246799 136.3734879 14.43 36.3246799 136.3734879 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247671 136.373443 8.99 36.3247384 136.3733578 8.99 36.3247384 136.3733578 14.43 36.3247671 136.373443 14.43 36.3247671 136.373443 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247384 136.3733578 8.99 36.3246512 136.3734027 8.99 36.3246512 136.3734027 14.43 36.3247384 136.3733578 14.43 36.3247384 136.3733578 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246512 136.3734027 8.99 36.3246799 136.3734879 8.99 36.3246799 136.3734879 14.43 36.3246512 136.3734027 14.43 36.3246512 136.3734027 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246799 136.3734879 14.43 36.3247671 136.373443 14.43 36.3247384 136.3733578 14.43 36.3246512 136.3734027 14.43 36.3246799 136.3734879 14.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1967</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e4117449-a63a-437c-897b-87098c63df7e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248543 136.3734222 0 36.3249832 136.3733558 0 36.3249451 136.3732427 0 36.3248161 136.3733091 0 36.3248543 136.3734222 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248161 136.3733091 8.81 36.3249451 136.3732427 8.81 36.3249832 136.3733558 8.81 36.3248543 136.3734222 8.81 36.3248161 136.3733091 8.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248543 136.3734222 8.81 36.3249832 136.3733558 8.81 36.3249832 136.3733558 12.83 36.3248543 136.3734222 12.83 36.3248543 136.3734222 8.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249832 136.3733558 8.81 36.3249451 136.3732427 8.81 36.3249451 136.3732427 12.83 36.3249832 136.3733558 12.83 36.3249832 136.3733558 8.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249451 136.3732427 8.81 36.3248161 136.3733091 8.81 36.3248161 136.3733091 12.83 36.3249451 136.3732427 12.83 36.3249451 136.3732427 8.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248161 136.3733091 8.81 36.3248543 136.3734222 8.81 36.3248543 136.3734222 12.83 36.3248161 136.3733091 12.83 36.3248161 136.3733091 8.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248543 136.3734222 12.83 36.3249832 136.3733558 12.83 36.3249451 136.3732427 12.83 36.3248161 136.3733091 12.83 36.3248543 136.3734222 12.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">170.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1968</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5aec43b8-31fa-48ec-8fd7-6a9b4b2e34ea">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247599 136.3736303 0 36.3246225 136.373701 0 36.3246626 136.3738198 0 36.3247999 136.3737491 0 36.3247599 136.3736303 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247999 136.3737491 9.05 36.3246626 136.3738198 9.05 36.3246225 136.373701 9.05 36.3247599 136.3736303 9.05 36.3247999 136.3737491 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247599 136.3736303 9.05 36.3246225 136.373701 9.05 36.3246225 136.373701 16.08 36.3247599 136.3736303 16.08 36.3247599 136.3736303 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246225 136.373701 9.05 36.3246626 136.3738198 9.05 36.3246626 136.3738198 16.08 36.3246225 136.373701 16.08 36.3246225 136.373701 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246626 136.3738198 9.05 36.3247999 136.3737491 9.05 36.3247999 136.3737491 16.08 36.3246626 136.3738198 16.08 36.3246626 136.3738198 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247999 136.3737491 9.05 36.3247599 136.3736303 9.05 36.3247599 136.3736303 16.08 36.3247999 136.3737491 16.08 36.3247999 136.3737491 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247599 136.3736303 16.08 36.3246225 136.373701 16.08 36.3246626 136.3738198 16.08 36.3247999 136.3737491 16.08 36.3247599 136.3736303 16.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">372.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">190.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1972</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1ae5cafd-2fc9-4ead-aaaa-5720ae5db696">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248051 136.3737645 0 36.3247688 136.3737832 0 36.3247814 136.3738207 0 36.3248178 136.373802 0 36.3248051 136.3737645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248178 136.373802 9.07 36.3247814 136.3738207 9.07 36.3247688 136.3737832 9.07 36.3248051 136.3737645 9.07 36.3248178 136.373802 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248051 136.3737645 9.07 36.3247688 136.3737832 9.07 36.3247688 136.3737832 11.83 36.3248051 136.3737645 11.83 36.3248051 136.3737645 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247688 136.3737832 9.07 36.3247814 136.3738207 9.07 36.3247814 136.3738207 11.83 36.3247688 136.3737832 11.83 36.3247688 136.3737832 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247814 136.3738207 9.07 36.3248178 136.373802 9.07 36.3248178 136.373802 11.83 36.3247814 136.3738207 11.83 36.3247814 136.3738207 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248178 136.373802 9.07 36.3248051 136.3737645 9.07 36.3248051 136.3737645 11.83 36.3248178 136.373802 11.83 36.3248178 136.373802 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248051 136.3737645 11.83 36.3247688 136.3737832 11.83 36.3247814 136.3738207 11.83 36.3248178 136.373802 11.83 36.3248051 136.3737645 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.12</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">15.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1973</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f3d30a5d-a17f-4bd8-a010-001c876f9666">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1957</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249761 136.3735262 0 36.3248803 136.3735755 0 36.3249087 136.3736599 0 36.3250045 136.3736105 0 36.3249761 136.3735262 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250045 136.3736105 8.9 36.3249087 136.3736599 8.9 36.3248803 136.3735755 8.9 36.3249761 136.3735262 8.9 36.3250045 136.3736105 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249761 136.3735262 8.9 36.3248803 136.3735755 8.9 36.3248803 136.3735755 15.39 36.3249761 136.3735262 15.39 36.3249761 136.3735262 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248803 136.3735755 8.9 36.3249087 136.3736599 8.9 36.3249087 136.3736599 15.39 36.3248803 136.3735755 15.39 36.3248803 136.3735755 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249087 136.3736599 8.9 36.3250045 136.3736105 8.9 36.3250045 136.3736105 15.39 36.3249087 136.3736599 15.39 36.3249087 136.3736599 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250045 136.3736105 8.9 36.3249761 136.3735262 8.9 36.3249761 136.3735262 15.39 36.3250045 136.3736105 15.39 36.3250045 136.3736105 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249761 136.3735262 15.39 36.3248803 136.3735755 15.39 36.3249087 136.3736599 15.39 36.3250045 136.3736105 15.39 36.3249761 136.3735262 15.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">175.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1974</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_259939fb-cbf9-46b7-ad4d-1fdad08b2c74">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249417 136.3717407 0 36.3249738 136.371836 0 36.3250502 136.3717967 0 36.3250181 136.3717014 0 36.3249417 136.3717407 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250181 136.3717014 8.79 36.3250502 136.3717967 8.79 36.3249738 136.371836 8.79 36.3249417 136.3717407 8.79 36.3250181 136.3717014 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249417 136.3717407 8.79 36.3249738 136.371836 8.79 36.3249738 136.371836 14.06 36.3249417 136.3717407 14.06 36.3249417 136.3717407 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249738 136.371836 8.79 36.3250502 136.3717967 8.79 36.3250502 136.3717967 14.06 36.3249738 136.371836 14.06 36.3249738 136.371836 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250502 136.3717967 8.79 36.3250181 136.3717014 8.79 36.3250181 136.3717014 14.06 36.3250502 136.3717967 14.06 36.3250502 136.3717967 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250181 136.3717014 8.79 36.3249417 136.3717407 8.79 36.3249417 136.3717407 14.06 36.3250181 136.3717014 14.06 36.3250181 136.3717014 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249417 136.3717407 14.06 36.3249738 136.371836 14.06 36.3250502 136.3717967 14.06 36.3250181 136.3717014 14.06 36.3249417 136.3717407 14.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2502</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7abf50b2-96ae-4ea7-b25d-d6bacd5bd914">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248256 136.3718269 0 36.3247787 136.3716876 0 36.3246825 136.371737 0 36.3247295 136.3718764 0 36.3248256 136.3718269 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247295 136.3718764 8.99 36.3246825 136.371737 8.99 36.3247787 136.3716876 8.99 36.3248256 136.3718269 8.99 36.3247295 136.3718764 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248256 136.3718269 8.99 36.3247787 136.3716876 8.99 36.3247787 136.3716876 16 36.3248256 136.3718269 16 36.3248256 136.3718269 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247787 136.3716876 8.99 36.3246825 136.371737 8.99 36.3246825 136.371737 16 36.3247787 136.3716876 16 36.3247787 136.3716876 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246825 136.371737 8.99 36.3247295 136.3718764 8.99 36.3247295 136.3718764 16 36.3246825 136.371737 16 36.3246825 136.371737 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247295 136.3718764 8.99 36.3248256 136.3718269 8.99 36.3248256 136.3718269 16 36.3247295 136.3718764 16 36.3247295 136.3718764 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248256 136.3718269 16 36.3247787 136.3716876 16 36.3246825 136.371737 16 36.3247295 136.3718764 16 36.3248256 136.3718269 16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">282.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">156.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2503</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_12a3c970-3c46-4d11-bb9c-acd0618d47bd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1959</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249173 136.3726758 0 36.3248685 136.372531 0 36.3247813 136.3725758 0 36.3248302 136.3727207 0 36.3249173 136.3726758 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248302 136.3727207 8.86 36.3247813 136.3725758 8.86 36.3248685 136.372531 8.86 36.3249173 136.3726758 8.86 36.3248302 136.3727207 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249173 136.3726758 8.86 36.3248685 136.372531 8.86 36.3248685 136.372531 15.64 36.3249173 136.3726758 15.64 36.3249173 136.3726758 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248685 136.372531 8.86 36.3247813 136.3725758 8.86 36.3247813 136.3725758 15.64 36.3248685 136.372531 15.64 36.3248685 136.372531 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247813 136.3725758 8.86 36.3248302 136.3727207 8.86 36.3248302 136.3727207 15.64 36.3247813 136.3725758 15.64 36.3247813 136.3725758 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248302 136.3727207 8.86 36.3249173 136.3726758 8.86 36.3249173 136.3726758 15.64 36.3248302 136.3727207 15.64 36.3248302 136.3727207 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249173 136.3726758 15.64 36.3248685 136.372531 15.64 36.3247813 136.3725758 15.64 36.3248302 136.3727207 15.64 36.3249173 136.3726758 15.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">260.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">147.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2511</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_66278efd-f67c-4018-afa5-9187c71dc110">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249566 136.3726438 0 36.3249369 136.3725855 0 36.3249071 136.3726008 0 36.3249267 136.3726591 0 36.3249566 136.3726438 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249267 136.3726591 8.83 36.3249071 136.3726008 8.83 36.3249369 136.3725855 8.83 36.3249566 136.3726438 8.83 36.3249267 136.3726591 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249566 136.3726438 8.83 36.3249369 136.3725855 8.83 36.3249369 136.3725855 11.75 36.3249566 136.3726438 11.75 36.3249566 136.3726438 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249369 136.3725855 8.83 36.3249071 136.3726008 8.83 36.3249071 136.3726008 11.75 36.3249369 136.3725855 11.75 36.3249369 136.3725855 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249071 136.3726008 8.83 36.3249267 136.3726591 8.83 36.3249267 136.3726591 11.75 36.3249071 136.3726008 11.75 36.3249071 136.3726008 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249267 136.3726591 8.83 36.3249566 136.3726438 8.83 36.3249566 136.3726438 11.75 36.3249267 136.3726591 11.75 36.3249267 136.3726591 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249566 136.3726438 11.75 36.3249369 136.3725855 11.75 36.3249071 136.3726008 11.75 36.3249267 136.3726591 11.75 36.3249566 136.3726438 11.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">19.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">20.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2512</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0b7b365b-b199-4f8d-b3e8-f5c679d944b5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239805 136.3718655 0 36.3240235 136.3719929 0 36.3241219 136.3719423 0 36.324079 136.3718148 0 36.3239805 136.3718655 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324079 136.3718148 9.36 36.3241219 136.3719423 9.36 36.3240235 136.3719929 9.36 36.3239805 136.3718655 9.36 36.324079 136.3718148 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239805 136.3718655 9.36 36.3240235 136.3719929 9.36 36.3240235 136.3719929 13.75 36.3239805 136.3718655 13.75 36.3239805 136.3718655 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240235 136.3719929 9.36 36.3241219 136.3719423 9.36 36.3241219 136.3719423 13.75 36.3240235 136.3719929 13.75 36.3240235 136.3719929 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241219 136.3719423 9.36 36.324079 136.3718148 9.36 36.324079 136.3718148 13.75 36.3241219 136.3719423 13.75 36.3241219 136.3719423 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324079 136.3718148 9.36 36.3239805 136.3718655 9.36 36.3239805 136.3718655 13.75 36.324079 136.3718148 13.75 36.324079 136.3718148 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239805 136.3718655 13.75 36.3240235 136.3719929 13.75 36.3241219 136.3719423 13.75 36.324079 136.3718148 13.75 36.3239805 136.3718655 13.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">134.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">146.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2585</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f85c902d-a4bf-4d95-84e2-bba6681231ab">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1957</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241299 136.3717886 0 36.3241737 136.3719185 0 36.3242479 136.3718802 0 36.3242042 136.3717504 0 36.3241299 136.3717886 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242042 136.3717504 9.33 36.3242479 136.3718802 9.33 36.3241737 136.3719185 9.33 36.3241299 136.3717886 9.33 36.3242042 136.3717504 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241299 136.3717886 9.33 36.3241737 136.3719185 9.33 36.3241737 136.3719185 13.91 36.3241299 136.3717886 13.91 36.3241299 136.3717886 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241737 136.3719185 9.33 36.3242479 136.3718802 9.33 36.3242479 136.3718802 13.91 36.3241737 136.3719185 13.91 36.3241737 136.3719185 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242479 136.3718802 9.33 36.3242042 136.3717504 9.33 36.3242042 136.3717504 13.91 36.3242479 136.3718802 13.91 36.3242479 136.3718802 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242042 136.3717504 9.33 36.3241299 136.3717886 9.33 36.3241299 136.3717886 13.91 36.3242042 136.3717504 13.91 36.3242042 136.3717504 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241299 136.3717886 13.91 36.3241737 136.3719185 13.91 36.3242479 136.3718802 13.91 36.3242042 136.3717504 13.91 36.3241299 136.3717886 13.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">100.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2586</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1ffb94be-a93d-4e01-acd3-d669f851cb46">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243589 136.3729479 0 36.3244415 136.3729053 0 36.3244119 136.3728175 0 36.3243292 136.3728601 0 36.3243589 136.3729479 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243292 136.3728601 9.23 36.3244119 136.3728175 9.23 36.3244415 136.3729053 9.23 36.3243589 136.3729479 9.23 36.3243292 136.3728601 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243589 136.3729479 9.23 36.3244415 136.3729053 9.23 36.3244415 136.3729053 15.54 36.3243589 136.3729479 15.54 36.3243589 136.3729479 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244415 136.3729053 9.23 36.3244119 136.3728175 9.23 36.3244119 136.3728175 15.54 36.3244415 136.3729053 15.54 36.3244415 136.3729053 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244119 136.3728175 9.23 36.3243292 136.3728601 9.23 36.3243292 136.3728601 15.54 36.3244119 136.3728175 15.54 36.3244119 136.3728175 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243292 136.3728601 9.23 36.3243589 136.3729479 9.23 36.3243589 136.3729479 15.54 36.3243292 136.3728601 15.54 36.3243292 136.3728601 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243589 136.3729479 15.54 36.3244415 136.3729053 15.54 36.3244119 136.3728175 15.54 36.3243292 136.3728601 15.54 36.3243589 136.3729479 15.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">151.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2587</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b18ec27a-9fbc-4e3d-9d22-babc9740f145">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244847 136.37278 0 36.324531 136.3729174 0 36.3246146 136.3728744 0 36.3245683 136.372737 0 36.3244847 136.37278 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245683 136.372737 9.11 36.3246146 136.3728744 9.11 36.324531 136.3729174 9.11 36.3244847 136.37278 9.11 36.3245683 136.372737 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244847 136.37278 9.11 36.324531 136.3729174 9.11 36.324531 136.3729174 16.1 36.3244847 136.37278 16.1 36.3244847 136.37278 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324531 136.3729174 9.11 36.3246146 136.3728744 9.11 36.3246146 136.3728744 16.1 36.324531 136.3729174 16.1 36.324531 136.3729174 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246146 136.3728744 9.11 36.3245683 136.372737 9.11 36.3245683 136.372737 16.1 36.3246146 136.3728744 16.1 36.3246146 136.3728744 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245683 136.372737 9.11 36.3244847 136.37278 9.11 36.3244847 136.37278 16.1 36.3245683 136.372737 16.1 36.3245683 136.372737 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244847 136.37278 16.1 36.324531 136.3729174 16.1 36.3246146 136.3728744 16.1 36.3245683 136.372737 16.1 36.3244847 136.37278 16.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">235.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">134.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2588</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f2ae3fd5-c26b-4864-970e-af8607c358f2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244782 136.3731624 0 36.3245075 136.3732492 0 36.3245764 136.3732137 0 36.3245471 136.3731269 0 36.3244782 136.3731624 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245471 136.3731269 9.09 36.3245764 136.3732137 9.09 36.3245075 136.3732492 9.09 36.3244782 136.3731624 9.09 36.3245471 136.3731269 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244782 136.3731624 9.09 36.3245075 136.3732492 9.09 36.3245075 136.3732492 13.14 36.3244782 136.3731624 13.14 36.3244782 136.3731624 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245075 136.3732492 9.09 36.3245764 136.3732137 9.09 36.3245764 136.3732137 13.14 36.3245075 136.3732492 13.14 36.3245075 136.3732492 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245764 136.3732137 9.09 36.3245471 136.3731269 9.09 36.3245471 136.3731269 13.14 36.3245764 136.3732137 13.14 36.3245764 136.3732137 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245471 136.3731269 9.09 36.3244782 136.3731624 9.09 36.3244782 136.3731624 13.14 36.3245471 136.3731269 13.14 36.3245471 136.3731269 9.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244782 136.3731624 13.14 36.3245075 136.3732492 13.14 36.3245764 136.3732137 13.14 36.3245471 136.3731269 13.14 36.3244782 136.3731624 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">67.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2589</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c01d0e53-6f1f-4407-8f46-947091c05cab">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245381 136.3734831 0 36.3246212 136.3734403 0 36.3245883 136.3733427 0 36.3245052 136.3733854 0 36.3245381 136.3734831 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245052 136.3733854 9.08 36.3245883 136.3733427 9.08 36.3246212 136.3734403 9.08 36.3245381 136.3734831 9.08 36.3245052 136.3733854 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245381 136.3734831 9.08 36.3246212 136.3734403 9.08 36.3246212 136.3734403 13.54 36.3245381 136.3734831 13.54 36.3245381 136.3734831 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246212 136.3734403 9.08 36.3245883 136.3733427 9.08 36.3245883 136.3733427 13.54 36.3246212 136.3734403 13.54 36.3246212 136.3734403 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245883 136.3733427 9.08 36.3245052 136.3733854 9.08 36.3245052 136.3733854 13.54 36.3245883 136.3733427 13.54 36.3245883 136.3733427 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245052 136.3733854 9.08 36.3245381 136.3734831 9.08 36.3245381 136.3734831 13.54 36.3245052 136.3733854 13.54 36.3245052 136.3733854 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245381 136.3734831 13.54 36.3246212 136.3734403 13.54 36.3245883 136.3733427 13.54 36.3245052 136.3733854 13.54 36.3245381 136.3734831 13.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">89.56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2590</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d89d8196-879c-42c3-ba2f-875cbd89d52b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241867 136.3728079 0 36.3241344 136.3726529 0 36.3240429 136.3727 0 36.3240952 136.3728551 0 36.3241867 136.3728079 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240952 136.3728551 9.3 36.3240429 136.3727 9.3 36.3241344 136.3726529 9.3 36.3241867 136.3728079 9.3 36.3240952 136.3728551 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241867 136.3728079 9.3 36.3241344 136.3726529 9.3 36.3241344 136.3726529 16.56 36.3241867 136.3728079 16.56 36.3241867 136.3728079 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241344 136.3726529 9.3 36.3240429 136.3727 9.3 36.3240429 136.3727 16.56 36.3241344 136.3726529 16.56 36.3241344 136.3726529 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240429 136.3727 9.3 36.3240952 136.3728551 9.3 36.3240952 136.3728551 16.56 36.3240429 136.3727 16.56 36.3240429 136.3727 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240952 136.3728551 9.3 36.3241867 136.3728079 9.3 36.3241867 136.3728079 16.56 36.3240952 136.3728551 16.56 36.3240952 136.3728551 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241867 136.3728079 16.56 36.3241344 136.3726529 16.56 36.3240429 136.3727 16.56 36.3240952 136.3728551 16.56 36.3241867 136.3728079 16.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">303.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">166.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2591</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_574f0e1c-6830-4359-969a-a96d2b9dcc61">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240433 136.3728758 0 36.3239927 136.3727258 0 36.3238854 136.3727811 0 36.323936 136.3729311 0 36.3240433 136.3728758 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323936 136.3729311 9.31 36.3238854 136.3727811 9.31 36.3239927 136.3727258 9.31 36.3240433 136.3728758 9.31 36.323936 136.3729311 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240433 136.3728758 9.31 36.3239927 136.3727258 9.31 36.3239927 136.3727258 16.13 36.3240433 136.3728758 16.13 36.3240433 136.3728758 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239927 136.3727258 9.31 36.3238854 136.3727811 9.31 36.3238854 136.3727811 16.13 36.3239927 136.3727258 16.13 36.3239927 136.3727258 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238854 136.3727811 9.31 36.323936 136.3729311 9.31 36.323936 136.3729311 16.13 36.3238854 136.3727811 16.13 36.3238854 136.3727811 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323936 136.3729311 9.31 36.3240433 136.3728758 9.31 36.3240433 136.3728758 16.13 36.323936 136.3729311 16.13 36.323936 136.3729311 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240433 136.3728758 16.13 36.3239927 136.3727258 16.13 36.3238854 136.3727811 16.13 36.323936 136.3729311 16.13 36.3240433 136.3728758 16.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">310.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">188.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2592</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_68720246-1c21-425d-a870-b207170e61ff">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1962</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242268 136.37299 0 36.3241801 136.3728514 0 36.3241189 136.372883 0 36.3241656 136.3730215 0 36.3242268 136.37299 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241656 136.3730215 9.3 36.3241189 136.372883 9.3 36.3241801 136.3728514 9.3 36.3242268 136.37299 9.3 36.3241656 136.3730215 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242268 136.37299 9.3 36.3241801 136.3728514 9.3 36.3241801 136.3728514 13.94 36.3242268 136.37299 13.94 36.3242268 136.37299 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241801 136.3728514 9.3 36.3241189 136.372883 9.3 36.3241189 136.372883 13.94 36.3241801 136.3728514 13.94 36.3241801 136.3728514 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241189 136.372883 9.3 36.3241656 136.3730215 9.3 36.3241656 136.3730215 13.94 36.3241189 136.372883 13.94 36.3241189 136.372883 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241656 136.3730215 9.3 36.3242268 136.37299 9.3 36.3242268 136.37299 13.94 36.3241656 136.3730215 13.94 36.3241656 136.3730215 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242268 136.37299 13.94 36.3241801 136.3728514 13.94 36.3241189 136.372883 13.94 36.3241656 136.3730215 13.94 36.3242268 136.37299 13.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">99.24</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2593</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ac311c06-b627-4fa1-b939-a900af9ed495">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242877 136.3731622 0 36.3242447 136.3730346 0 36.3241696 136.3730732 0 36.3242126 136.3732009 0 36.3242877 136.3731622 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242126 136.3732009 9.27 36.3241696 136.3730732 9.27 36.3242447 136.3730346 9.27 36.3242877 136.3731622 9.27 36.3242126 136.3732009 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242877 136.3731622 9.27 36.3242447 136.3730346 9.27 36.3242447 136.3730346 15.62 36.3242877 136.3731622 15.62 36.3242877 136.3731622 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242447 136.3730346 9.27 36.3241696 136.3730732 9.27 36.3241696 136.3730732 15.62 36.3242447 136.3730346 15.62 36.3242447 136.3730346 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241696 136.3730732 9.27 36.3242126 136.3732009 9.27 36.3242126 136.3732009 15.62 36.3241696 136.3730732 15.62 36.3241696 136.3730732 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242126 136.3732009 9.27 36.3242877 136.3731622 9.27 36.3242877 136.3731622 15.62 36.3242126 136.3732009 15.62 36.3242126 136.3732009 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242877 136.3731622 15.62 36.3242447 136.3730346 15.62 36.3241696 136.3730732 15.62 36.3242126 136.3732009 15.62 36.3242877 136.3731622 15.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">190.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2594</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_14c1dfca-2bbd-40aa-ba9f-47534bbf54d7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241693 136.373234 0 36.3241231 136.3730972 0 36.3240555 136.373132 0 36.3241017 136.3732688 0 36.3241693 136.373234 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241017 136.3732688 9.3 36.3240555 136.373132 9.3 36.3241231 136.3730972 9.3 36.3241693 136.373234 9.3 36.3241017 136.3732688 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241693 136.373234 9.3 36.3241231 136.3730972 9.3 36.3241231 136.3730972 14.41 36.3241693 136.373234 14.41 36.3241693 136.373234 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241231 136.3730972 9.3 36.3240555 136.373132 9.3 36.3240555 136.373132 14.41 36.3241231 136.3730972 14.41 36.3241231 136.3730972 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3240555 136.373132 9.3 36.3241017 136.3732688 9.3 36.3241017 136.3732688 14.41 36.3240555 136.373132 14.41 36.3240555 136.373132 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241017 136.3732688 9.3 36.3241693 136.373234 9.3 36.3241693 136.373234 14.41 36.3241017 136.3732688 14.41 36.3241017 136.3732688 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241693 136.373234 14.41 36.3241231 136.3730972 14.41 36.3240555 136.373132 14.41 36.3241017 136.3732688 14.41 36.3241693 136.373234 14.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">99.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">108.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2595</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9cbe20a5-d1de-416e-bf40-df0fa021368c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242002 136.3732073 0 36.3241814 136.3731518 0 36.3241578 136.3731639 0 36.3241766 136.3732195 0 36.3242002 136.3732073 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241766 136.3732195 9.3 36.3241578 136.3731639 9.3 36.3241814 136.3731518 9.3 36.3242002 136.3732073 9.3 36.3241766 136.3732195 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242002 136.3732073 9.3 36.3241814 136.3731518 9.3 36.3241814 136.3731518 12.02 36.3242002 136.3732073 12.02 36.3242002 136.3732073 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241814 136.3731518 9.3 36.3241578 136.3731639 9.3 36.3241578 136.3731639 12.02 36.3241814 136.3731518 12.02 36.3241814 136.3731518 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241578 136.3731639 9.3 36.3241766 136.3732195 9.3 36.3241766 136.3732195 12.02 36.3241578 136.3731639 12.02 36.3241578 136.3731639 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3241766 136.3732195 9.3 36.3242002 136.3732073 9.3 36.3242002 136.3732073 12.02 36.3241766 136.3732195 12.02 36.3241766 136.3732195 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242002 136.3732073 12.02 36.3241814 136.3731518 12.02 36.3241578 136.3731639 12.02 36.3241766 136.3732195 12.02 36.3242002 136.3732073 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">12.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">15.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2596</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cc7c4731-1b53-4366-9d5b-9c1912cf3a57">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243614 136.3733149 0 36.3243267 136.3732122 0 36.3242661 136.3732434 0 36.3243008 136.3733462 0 36.3243614 136.3733149 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243008 136.3733462 9.22 36.3242661 136.3732434 9.22 36.3243267 136.3732122 9.22 36.3243614 136.3733149 9.22 36.3243008 136.3733462 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243614 136.3733149 9.22 36.3243267 136.3732122 9.22 36.3243267 136.3732122 13.28 36.3243614 136.3733149 13.28 36.3243614 136.3733149 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243267 136.3732122 9.22 36.3242661 136.3732434 9.22 36.3242661 136.3732434 13.28 36.3243267 136.3732122 13.28 36.3243267 136.3732122 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3242661 136.3732434 9.22 36.3243008 136.3733462 9.22 36.3243008 136.3733462 13.28 36.3242661 136.3732434 13.28 36.3242661 136.3732434 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243008 136.3733462 9.22 36.3243614 136.3733149 9.22 36.3243614 136.3733149 13.28 36.3243008 136.3733462 13.28 36.3243008 136.3733462 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243614 136.3733149 13.28 36.3243267 136.3732122 13.28 36.3242661 136.3732434 13.28 36.3243008 136.3733462 13.28 36.3243614 136.3733149 13.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2597</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_434d7fc0-3b50-482e-8ad2-653eae2506ae">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246586 136.3738881 0 36.3247028 136.3740191 0 36.3247863 136.3739761 0 36.3247421 136.3738451 0 36.3246586 136.3738881 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247421 136.3738451 9.13 36.3247863 136.3739761 9.13 36.3247028 136.3740191 9.13 36.3246586 136.3738881 9.13 36.3247421 136.3738451 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246586 136.3738881 9.13 36.3247028 136.3740191 9.13 36.3247028 136.3740191 15.88 36.3246586 136.3738881 15.88 36.3246586 136.3738881 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247028 136.3740191 9.13 36.3247863 136.3739761 9.13 36.3247863 136.3739761 15.88 36.3247028 136.3740191 15.88 36.3247028 136.3740191 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247863 136.3739761 9.13 36.3247421 136.3738451 9.13 36.3247421 136.3738451 15.88 36.3247863 136.3739761 15.88 36.3247863 136.3739761 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247421 136.3738451 9.13 36.3246586 136.3738881 9.13 36.3246586 136.3738881 15.88 36.3247421 136.3738451 15.88 36.3247421 136.3738451 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246586 136.3738881 15.88 36.3247028 136.3740191 15.88 36.3247863 136.3739761 15.88 36.3247421 136.3738451 15.88 36.3246586 136.3738881 15.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">218.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">127.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2598</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_73a11f9a-d585-4297-a1b1-3accb845080f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247831 136.3739232 0 36.3247987 136.3739697 0 36.3248214 136.373958 0 36.3248058 136.3739116 0 36.3247831 136.3739232 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248058 136.3739116 9.13 36.3248214 136.373958 9.13 36.3247987 136.3739697 9.13 36.3247831 136.3739232 9.13 36.3248058 136.3739116 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247831 136.3739232 9.13 36.3247987 136.3739697 9.13 36.3247987 136.3739697 12.09 36.3247831 136.3739232 12.09 36.3247831 136.3739232 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247987 136.3739697 9.13 36.3248214 136.373958 9.13 36.3248214 136.373958 12.09 36.3247987 136.3739697 12.09 36.3247987 136.3739697 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248214 136.373958 9.13 36.3248058 136.3739116 9.13 36.3248058 136.3739116 12.09 36.3248214 136.373958 12.09 36.3248214 136.373958 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248058 136.3739116 9.13 36.3247831 136.3739232 9.13 36.3247831 136.3739232 12.09 36.3248058 136.3739116 12.09 36.3248058 136.3739116 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247831 136.3739232 12.09 36.3247987 136.3739697 12.09 36.3248214 136.373958 12.09 36.3248058 136.3739116 12.09 36.3247831 136.3739232 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">11.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">12.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2599</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_58ca77e3-c3be-4ff2-b918-bf6f3d54869f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247929 136.3741613 0 36.324872 136.3741205 0 36.3248418 136.3740309 0 36.3247627 136.3740716 0 36.3247929 136.3741613 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247627 136.3740716 9.17 36.3248418 136.3740309 9.17 36.324872 136.3741205 9.17 36.3247929 136.3741613 9.17 36.3247627 136.3740716 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247929 136.3741613 9.17 36.324872 136.3741205 9.17 36.324872 136.3741205 14.21 36.3247929 136.3741613 14.21 36.3247929 136.3741613 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324872 136.3741205 9.17 36.3248418 136.3740309 9.17 36.3248418 136.3740309 14.21 36.324872 136.3741205 14.21 36.324872 136.3741205 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248418 136.3740309 9.17 36.3247627 136.3740716 9.17 36.3247627 136.3740716 14.21 36.3248418 136.3740309 14.21 36.3248418 136.3740309 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247627 136.3740716 9.17 36.3247929 136.3741613 9.17 36.3247929 136.3741613 14.21 36.3247627 136.3740716 14.21 36.3247627 136.3740716 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247929 136.3741613 14.21 36.324872 136.3741205 14.21 36.3248418 136.3740309 14.21 36.3247627 136.3740716 14.21 36.3247929 136.3741613 14.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2600</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_584dbfa8-a609-4704-84f0-ae03b130001e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247909 136.3742176 0 36.3248396 136.3743621 0 36.3249404 136.3743102 0 36.3248917 136.3741658 0 36.3247909 136.3742176 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248917 136.3741658 9.25 36.3249404 136.3743102 9.25 36.3248396 136.3743621 9.25 36.3247909 136.3742176 9.25 36.3248917 136.3741658 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247909 136.3742176 9.25 36.3248396 136.3743621 9.25 36.3248396 136.3743621 16.11 36.3247909 136.3742176 16.11 36.3247909 136.3742176 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248396 136.3743621 9.25 36.3249404 136.3743102 9.25 36.3249404 136.3743102 16.11 36.3248396 136.3743621 16.11 36.3248396 136.3743621 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249404 136.3743102 9.25 36.3248917 136.3741658 9.25 36.3248917 136.3741658 16.11 36.3249404 136.3743102 16.11 36.3249404 136.3743102 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248917 136.3741658 9.25 36.3247909 136.3742176 9.25 36.3247909 136.3742176 16.11 36.3248917 136.3741658 16.11 36.3248917 136.3741658 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247909 136.3742176 16.11 36.3248396 136.3743621 16.11 36.3249404 136.3743102 16.11 36.3248917 136.3741658 16.11 36.3247909 136.3742176 16.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">310.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">170.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2601</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_80b306b7-ca2a-4928-876f-4e3c673849e3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245468 136.3739036 0 36.324499 136.373762 0 36.3243976 136.3738142 0 36.3244453 136.3739558 0 36.3245468 136.3739036 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244453 136.3739558 9.27 36.3243976 136.3738142 9.27 36.324499 136.373762 9.27 36.3245468 136.3739036 9.27 36.3244453 136.3739558 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245468 136.3739036 9.27 36.324499 136.373762 9.27 36.324499 136.373762 16.27 36.3245468 136.3739036 16.27 36.3245468 136.3739036 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324499 136.373762 9.27 36.3243976 136.3738142 9.27 36.3243976 136.3738142 16.27 36.324499 136.373762 16.27 36.324499 136.373762 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243976 136.3738142 9.27 36.3244453 136.3739558 9.27 36.3244453 136.3739558 16.27 36.3243976 136.3738142 16.27 36.3243976 136.3738142 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244453 136.3739558 9.27 36.3245468 136.3739036 9.27 36.3245468 136.3739036 16.27 36.3244453 136.3739558 16.27 36.3244453 136.3739558 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245468 136.3739036 16.27 36.324499 136.373762 16.27 36.3243976 136.3738142 16.27 36.3244453 136.3739558 16.27 36.3245468 136.3739036 16.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">294.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2603</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_133cf680-f715-4613-82c5-54847d6c134d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246353 136.3742268 0 36.3245813 136.3740668 0 36.3244854 136.3741161 0 36.3245394 136.3742762 0 36.3246353 136.3742268 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245394 136.3742762 9.28 36.3244854 136.3741161 9.28 36.3245813 136.3740668 9.28 36.3246353 136.3742268 9.28 36.3245394 136.3742762 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246353 136.3742268 9.28 36.3245813 136.3740668 9.28 36.3245813 136.3740668 13.58 36.3246353 136.3742268 13.58 36.3246353 136.3742268 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245813 136.3740668 9.28 36.3244854 136.3741161 9.28 36.3244854 136.3741161 13.58 36.3245813 136.3740668 13.58 36.3245813 136.3740668 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244854 136.3741161 9.28 36.3245394 136.3742762 9.28 36.3245394 136.3742762 13.58 36.3244854 136.3741161 13.58 36.3244854 136.3741161 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245394 136.3742762 9.28 36.3246353 136.3742268 9.28 36.3246353 136.3742268 13.58 36.3245394 136.3742762 13.58 36.3245394 136.3742762 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246353 136.3742268 13.58 36.3245813 136.3740668 13.58 36.3244854 136.3741161 13.58 36.3245394 136.3742762 13.58 36.3246353 136.3742268 13.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">179.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2604</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ebf4de6d-ef43-4c34-b7c0-cdc7bbd6b98d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244587 136.3742836 0 36.3244146 136.3741526 0 36.3243387 136.3741917 0 36.3243828 136.3743227 0 36.3244587 136.3742836 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243828 136.3743227 9.36 36.3243387 136.3741917 9.36 36.3244146 136.3741526 9.36 36.3244587 136.3742836 9.36 36.3243828 136.3743227 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244587 136.3742836 9.36 36.3244146 136.3741526 9.36 36.3244146 136.3741526 14.7 36.3244587 136.3742836 14.7 36.3244587 136.3742836 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244146 136.3741526 9.36 36.3243387 136.3741917 9.36 36.3243387 136.3741917 14.7 36.3244146 136.3741526 14.7 36.3244146 136.3741526 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243387 136.3741917 9.36 36.3243828 136.3743227 9.36 36.3243828 136.3743227 14.7 36.3243387 136.3741917 14.7 36.3243387 136.3741917 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243828 136.3743227 9.36 36.3244587 136.3742836 9.36 36.3244587 136.3742836 14.7 36.3243828 136.3743227 14.7 36.3243828 136.3743227 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244587 136.3742836 14.7 36.3244146 136.3741526 14.7 36.3243387 136.3741917 14.7 36.3243828 136.3743227 14.7 36.3244587 136.3742836 14.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">113.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">116.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2605</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3b426c0d-e941-4adb-a070-6e0f69725413">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1963</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319403 136.3669629 0 36.3194702 136.3671622 0 36.3196208 136.3670847 0 36.3195536 136.3668854 0 36.319403 136.3669629 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195536 136.3668854 9.88 36.3196208 136.3670847 9.88 36.3194702 136.3671622 9.88 36.319403 136.3669629 9.88 36.3195536 136.3668854 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319403 136.3669629 9.88 36.3194702 136.3671622 9.88 36.3194702 136.3671622 25.68 36.319403 136.3669629 25.68 36.319403 136.3669629 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194702 136.3671622 9.88 36.3196208 136.3670847 9.88 36.3196208 136.3670847 25.68 36.3194702 136.3671622 25.68 36.3194702 136.3671622 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196208 136.3670847 9.88 36.3195536 136.3668854 9.88 36.3195536 136.3668854 25.68 36.3196208 136.3670847 25.68 36.3196208 136.3670847 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195536 136.3668854 9.88 36.319403 136.3669629 9.88 36.319403 136.3669629 25.68 36.3195536 136.3668854 25.68 36.3195536 136.3668854 9.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319403 136.3669629 25.68 36.3194702 136.3671622 25.68 36.3196208 136.3670847 25.68 36.3195536 136.3668854 25.68 36.319403 136.3669629 25.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1399.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">351</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2705</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_94604ff6-fea5-4920-9bc5-fd721425ff7d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195391 136.3673102 0 36.3196201 136.3672685 0 36.3195919 136.3671848 0 36.3195109 136.3672266 0 36.3195391 136.3673102 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195109 136.3672266 9.9 36.3195919 136.3671848 9.9 36.3196201 136.3672685 9.9 36.3195391 136.3673102 9.9 36.3195109 136.3672266 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195391 136.3673102 9.9 36.3196201 136.3672685 9.9 36.3196201 136.3672685 16.69 36.3195391 136.3673102 16.69 36.3195391 136.3673102 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196201 136.3672685 9.9 36.3195919 136.3671848 9.9 36.3195919 136.3671848 16.69 36.3196201 136.3672685 16.69 36.3196201 136.3672685 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195919 136.3671848 9.9 36.3195109 136.3672266 9.9 36.3195109 136.3672266 16.69 36.3195919 136.3671848 16.69 36.3195919 136.3671848 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195109 136.3672266 9.9 36.3195391 136.3673102 9.9 36.3195391 136.3673102 16.69 36.3195109 136.3672266 16.69 36.3195109 136.3672266 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3195391 136.3673102 16.69 36.3196201 136.3672685 16.69 36.3195919 136.3671848 16.69 36.3195109 136.3672266 16.69 36.3195391 136.3673102 16.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2706</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_938fc368-b502-4ed4-9a72-775ab498c415">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196844 136.3672516 0 36.3197647 136.3672103 0 36.3197318 136.3671128 0 36.3196516 136.3671542 0 36.3196844 136.3672516 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196516 136.3671542 9.79 36.3197318 136.3671128 9.79 36.3197647 136.3672103 9.79 36.3196844 136.3672516 9.79 36.3196516 136.3671542 9.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196844 136.3672516 9.79 36.3197647 136.3672103 9.79 36.3197647 136.3672103 16.86 36.3196844 136.3672516 16.86 36.3196844 136.3672516 9.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197647 136.3672103 9.79 36.3197318 136.3671128 9.79 36.3197318 136.3671128 16.86 36.3197647 136.3672103 16.86 36.3197647 136.3672103 9.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3197318 136.3671128 9.79 36.3196516 136.3671542 9.79 36.3196516 136.3671542 16.86 36.3197318 136.3671128 16.86 36.3197318 136.3671128 9.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196516 136.3671542 9.79 36.3196844 136.3672516 9.79 36.3196844 136.3672516 16.86 36.3196516 136.3671542 16.86 36.3196516 136.3671542 9.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3196844 136.3672516 16.86 36.3197647 136.3672103 16.86 36.3197318 136.3671128 16.86 36.3196516 136.3671542 16.86 36.3196844 136.3672516 16.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2707</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_13d7d714-6cd2-4851-8867-682da132f3bf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319355 136.3671813 0 36.3193131 136.367057 0 36.3192384 136.3670954 0 36.3192803 136.3672198 0 36.319355 136.3671813 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192803 136.3672198 10 36.3192384 136.3670954 10 36.3193131 136.367057 10 36.319355 136.3671813 10 36.3192803 136.3672198 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319355 136.3671813 10 36.3193131 136.367057 10 36.3193131 136.367057 16.83 36.319355 136.3671813 16.83 36.319355 136.3671813 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193131 136.367057 10 36.3192384 136.3670954 10 36.3192384 136.3670954 16.83 36.3193131 136.367057 16.83 36.3193131 136.367057 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192384 136.3670954 10 36.3192803 136.3672198 10 36.3192803 136.3672198 16.83 36.3192384 136.3670954 16.83 36.3192384 136.3670954 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192803 136.3672198 10 36.319355 136.3671813 10 36.319355 136.3671813 16.83 36.3192803 136.3672198 16.83 36.3192803 136.3672198 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319355 136.3671813 16.83 36.3193131 136.367057 16.83 36.3192384 136.3670954 16.83 36.3192803 136.3672198 16.83 36.319355 136.3671813 16.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">199.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">108.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2708</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c721780d-0bd9-4545-a751-f5049cdfea85">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1961</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194256 136.3673844 0 36.3193867 136.367269 0 36.3193179 136.3673044 0 36.3193568 136.3674198 0 36.3194256 136.3673844 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193568 136.3674198 10 36.3193179 136.3673044 10 36.3193867 136.367269 10 36.3194256 136.3673844 10 36.3193568 136.3674198 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194256 136.3673844 10 36.3193867 136.367269 10 36.3193867 136.367269 16.95 36.3194256 136.3673844 16.95 36.3194256 136.3673844 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193867 136.367269 10 36.3193179 136.3673044 10 36.3193179 136.3673044 16.95 36.3193867 136.367269 16.95 36.3193867 136.367269 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193179 136.3673044 10 36.3193568 136.3674198 10 36.3193568 136.3674198 16.95 36.3193179 136.3673044 16.95 36.3193179 136.3673044 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193568 136.3674198 10 36.3194256 136.3673844 10 36.3194256 136.3673844 16.95 36.3193568 136.3674198 16.95 36.3193568 136.3674198 10</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194256 136.3673844 16.95 36.3193867 136.367269 16.95 36.3193179 136.3673044 16.95 36.3193568 136.3674198 16.95 36.3194256 136.3673844 16.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">178.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2709</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_08aa0bc7-fa0b-487e-aa40-ce135fc90aa1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192199 136.3662108 0 36.3193067 136.3661662 0 36.3192729 136.366066 0 36.3191861 136.3661107 0 36.3192199 136.3662108 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191861 136.3661107 9.95 36.3192729 136.366066 9.95 36.3193067 136.3661662 9.95 36.3192199 136.3662108 9.95 36.3191861 136.3661107 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192199 136.3662108 9.95 36.3193067 136.3661662 9.95 36.3193067 136.3661662 16.89 36.3192199 136.3662108 16.89 36.3192199 136.3662108 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193067 136.3661662 9.95 36.3192729 136.366066 9.95 36.3192729 136.366066 16.89 36.3193067 136.3661662 16.89 36.3193067 136.3661662 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192729 136.366066 9.95 36.3191861 136.3661107 9.95 36.3191861 136.3661107 16.89 36.3192729 136.366066 16.89 36.3192729 136.366066 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191861 136.3661107 9.95 36.3192199 136.3662108 9.95 36.3192199 136.3662108 16.89 36.3191861 136.3661107 16.89 36.3191861 136.3661107 9.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192199 136.3662108 16.89 36.3193067 136.3661662 16.89 36.3192729 136.366066 16.89 36.3191861 136.3661107 16.89 36.3192199 136.3662108 16.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">187.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101.65</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2850</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_02ca48d4-264e-4c7f-8eac-9788d0134003">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200901 136.3656802 0 36.320194 136.3656268 0 36.3201671 136.3655471 0 36.3200632 136.3656006 0 36.3200901 136.3656802 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200632 136.3656006 9.66 36.3201671 136.3655471 9.66 36.320194 136.3656268 9.66 36.3200901 136.3656802 9.66 36.3200632 136.3656006 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200901 136.3656802 9.66 36.320194 136.3656268 9.66 36.320194 136.3656268 14.49 36.3200901 136.3656802 14.49 36.3200901 136.3656802 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.320194 136.3656268 9.66 36.3201671 136.3655471 9.66 36.3201671 136.3655471 14.49 36.320194 136.3656268 14.49 36.320194 136.3656268 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3201671 136.3655471 9.66 36.3200632 136.3656006 9.66 36.3200632 136.3656006 14.49 36.3201671 136.3655471 14.49 36.3201671 136.3655471 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200632 136.3656006 9.66 36.3200901 136.3656802 9.66 36.3200901 136.3656802 14.49 36.3200632 136.3656006 14.49 36.3200632 136.3656006 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200901 136.3656802 14.49 36.320194 136.3656268 14.49 36.3201671 136.3655471 14.49 36.3200632 136.3656006 14.49 36.3200901 136.3656802 14.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">94.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2851</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4d5ea8ee-b72b-4d49-b6f5-6c326fa17cd0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192266 136.3663103 0 36.3192658 136.3664266 0 36.3193495 136.3663835 0 36.3193102 136.3662672 0 36.3192266 136.3663103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193102 136.3662672 9.94 36.3193495 136.3663835 9.94 36.3192658 136.3664266 9.94 36.3192266 136.3663103 9.94 36.3193102 136.3662672 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192266 136.3663103 9.94 36.3192658 136.3664266 9.94 36.3192658 136.3664266 16.17 36.3192266 136.3663103 16.17 36.3192266 136.3663103 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192658 136.3664266 9.94 36.3193495 136.3663835 9.94 36.3193495 136.3663835 16.17 36.3192658 136.3664266 16.17 36.3192658 136.3664266 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193495 136.3663835 9.94 36.3193102 136.3662672 9.94 36.3193102 136.3662672 16.17 36.3193495 136.3663835 16.17 36.3193495 136.3663835 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193102 136.3662672 9.94 36.3192266 136.3663103 9.94 36.3192266 136.3663103 16.17 36.3193102 136.3662672 16.17 36.3193102 136.3662672 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192266 136.3663103 16.17 36.3192658 136.3664266 16.17 36.3193495 136.3663835 16.17 36.3193102 136.3662672 16.17 36.3192266 136.3663103 16.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">211.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">113.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2852</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f535eaa6-d776-4b8b-82d7-786e81b97ac6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193362 136.3662667 0 36.3193681 136.3663612 0 36.319444 136.3663221 0 36.3194121 136.3662276 0 36.3193362 136.3662667 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194121 136.3662276 9.9 36.319444 136.3663221 9.9 36.3193681 136.3663612 9.9 36.3193362 136.3662667 9.9 36.3194121 136.3662276 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193362 136.3662667 9.9 36.3193681 136.3663612 9.9 36.3193681 136.3663612 16.48 36.3193362 136.3662667 16.48 36.3193362 136.3662667 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193681 136.3663612 9.9 36.319444 136.3663221 9.9 36.319444 136.3663221 16.48 36.3193681 136.3663612 16.48 36.3193681 136.3663612 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319444 136.3663221 9.9 36.3194121 136.3662276 9.9 36.3194121 136.3662276 16.48 36.319444 136.3663221 16.48 36.319444 136.3663221 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3194121 136.3662276 9.9 36.3193362 136.3662667 9.9 36.3193362 136.3662667 16.48 36.3194121 136.3662276 16.48 36.3194121 136.3662276 9.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193362 136.3662667 16.48 36.3193681 136.3663612 16.48 36.319444 136.3663221 16.48 36.3194121 136.3662276 16.48 36.3193362 136.3662667 16.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">162.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2853</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_16844e0a-52a1-4913-968d-4b4e6e824777">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203816 136.3657968 0 36.3204157 136.3658978 0 36.3204864 136.3658614 0 36.3204523 136.3657603 0 36.3203816 136.3657968 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204523 136.3657603 9.47 36.3204864 136.3658614 9.47 36.3204157 136.3658978 9.47 36.3203816 136.3657968 9.47 36.3204523 136.3657603 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203816 136.3657968 9.47 36.3204157 136.3658978 9.47 36.3204157 136.3658978 14.02 36.3203816 136.3657968 14.02 36.3203816 136.3657968 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204157 136.3658978 9.47 36.3204864 136.3658614 9.47 36.3204864 136.3658614 14.02 36.3204157 136.3658978 14.02 36.3204157 136.3658978 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204864 136.3658614 9.47 36.3204523 136.3657603 9.47 36.3204523 136.3657603 14.02 36.3204864 136.3658614 14.02 36.3204864 136.3658614 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204523 136.3657603 9.47 36.3203816 136.3657968 9.47 36.3203816 136.3657968 14.02 36.3204523 136.3657603 14.02 36.3204523 136.3657603 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203816 136.3657968 14.02 36.3204157 136.3658978 14.02 36.3204864 136.3658614 14.02 36.3204523 136.3657603 14.02 36.3203816 136.3657968 14.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">74.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2854</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f58e3bd9-1414-43bb-8c71-dd6c4d6bd530">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230366 136.3642174 0 36.3231353 136.3641665 0 36.3231081 136.3640857 0 36.3230093 136.3641366 0 36.3230366 136.3642174 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230093 136.3641366 9.64 36.3231081 136.3640857 9.64 36.3231353 136.3641665 9.64 36.3230366 136.3642174 9.64 36.3230093 136.3641366 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230366 136.3642174 9.64 36.3231353 136.3641665 9.64 36.3231353 136.3641665 13.48 36.3230366 136.3642174 13.48 36.3230366 136.3642174 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3231353 136.3641665 9.64 36.3231081 136.3640857 9.64 36.3231081 136.3640857 13.48 36.3231353 136.3641665 13.48 36.3231353 136.3641665 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3231081 136.3640857 9.64 36.3230093 136.3641366 9.64 36.3230093 136.3641366 13.48 36.3231081 136.3640857 13.48 36.3231081 136.3640857 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230093 136.3641366 9.64 36.3230366 136.3642174 9.64 36.3230366 136.3642174 13.48 36.3230093 136.3641366 13.48 36.3230093 136.3641366 9.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230366 136.3642174 13.48 36.3231353 136.3641665 13.48 36.3231081 136.3640857 13.48 36.3230093 136.3641366 13.48 36.3230366 136.3642174 13.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.754</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.59</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">78.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2855</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8d01b867-f511-4fa0-991a-2a53a835a966">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214618 136.365226 0 36.321343 136.3652871 0 36.3213688 136.3653634 0 36.3214875 136.3653023 0 36.3214618 136.365226 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214875 136.3653023 9.19 36.3213688 136.3653634 9.19 36.321343 136.3652871 9.19 36.3214618 136.365226 9.19 36.3214875 136.3653023 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214618 136.365226 9.19 36.321343 136.3652871 9.19 36.321343 136.3652871 13.28 36.3214618 136.365226 13.28 36.3214618 136.365226 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321343 136.3652871 9.19 36.3213688 136.3653634 9.19 36.3213688 136.3653634 13.28 36.321343 136.3652871 13.28 36.321343 136.3652871 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3213688 136.3653634 9.19 36.3214875 136.3653023 9.19 36.3214875 136.3653023 13.28 36.3213688 136.3653634 13.28 36.3213688 136.3653634 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214875 136.3653023 9.19 36.3214618 136.365226 9.19 36.3214618 136.365226 13.28 36.3214875 136.3653023 13.28 36.3214875 136.3653023 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214618 136.365226 13.28 36.321343 136.3652871 13.28 36.3213688 136.3653634 13.28 36.3214875 136.3653023 13.28 36.3214618 136.365226 13.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.156</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.64</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">88.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2856</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_41a7f5c0-b453-4b99-8457-ad2651b0c770">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217945 136.3650169 0 36.3217186 136.365056 0 36.321743 136.3651283 0 36.3218189 136.3650892 0 36.3217945 136.3650169 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3218189 136.3650892 9.27 36.321743 136.3651283 9.27 36.3217186 136.365056 9.27 36.3217945 136.3650169 9.27 36.3218189 136.3650892 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217945 136.3650169 9.27 36.3217186 136.365056 9.27 36.3217186 136.365056 13.64 36.3217945 136.3650169 13.64 36.3217945 136.3650169 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217186 136.365056 9.27 36.321743 136.3651283 9.27 36.321743 136.3651283 13.64 36.3217186 136.365056 13.64 36.3217186 136.365056 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.321743 136.3651283 9.27 36.3218189 136.3650892 9.27 36.3218189 136.3650892 13.64 36.321743 136.3651283 13.64 36.321743 136.3651283 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3218189 136.3650892 9.27 36.3217945 136.3650169 9.27 36.3217945 136.3650169 13.64 36.3218189 136.3650892 13.64 36.3218189 136.3650892 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3217945 136.3650169 13.64 36.3217186 136.365056 13.64 36.321743 136.3651283 13.64 36.3218189 136.3650892 13.64 36.3217945 136.3650169 13.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.086</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">4.2</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">57.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">64.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2857</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_136c802e-6ff1-414f-9e79-425d5a932020">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230763 136.3643456 0 36.3229704 136.3644002 0 36.3230106 136.3645193 0 36.3231165 136.3644648 0 36.3230763 136.3643456 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3231165 136.3644648 9.63 36.3230106 136.3645193 9.63 36.3229704 136.3644002 9.63 36.3230763 136.3643456 9.63 36.3231165 136.3644648 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230763 136.3643456 9.63 36.3229704 136.3644002 9.63 36.3229704 136.3644002 13.97 36.3230763 136.3643456 13.97 36.3230763 136.3643456 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3229704 136.3644002 9.63 36.3230106 136.3645193 9.63 36.3230106 136.3645193 13.97 36.3229704 136.3644002 13.97 36.3229704 136.3644002 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230106 136.3645193 9.63 36.3231165 136.3644648 9.63 36.3231165 136.3644648 13.97 36.3230106 136.3645193 13.97 36.3230106 136.3645193 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3231165 136.3644648 9.63 36.3230763 136.3643456 9.63 36.3230763 136.3643456 13.97 36.3231165 136.3644648 13.97 36.3231165 136.3644648 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3230763 136.3643456 13.97 36.3229704 136.3644002 13.97 36.3230106 136.3645193 13.97 36.3231165 136.3644648 13.97 36.3230763 136.3643456 13.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.491</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">7.36</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">147.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2858</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c18afe19-c955-46fd-aff4-027d0eeef695">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234237 136.3641487 0 36.3234556 136.3642432 0 36.3235254 136.3642073 0 36.3234935 136.3641128 0 36.3234237 136.3641487 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234935 136.3641128 9.68 36.3235254 136.3642073 9.68 36.3234556 136.3642432 9.68 36.3234237 136.3641487 9.68 36.3234935 136.3641128 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234237 136.3641487 9.68 36.3234556 136.3642432 9.68 36.3234556 136.3642432 12.83 36.3234237 136.3641487 12.83 36.3234237 136.3641487 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234556 136.3642432 9.68 36.3235254 136.3642073 9.68 36.3235254 136.3642073 12.83 36.3234556 136.3642432 12.83 36.3234556 136.3642432 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3235254 136.3642073 9.68 36.3234935 136.3641128 9.68 36.3234935 136.3641128 12.83 36.3235254 136.3642073 12.83 36.3235254 136.3642073 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234935 136.3641128 9.68 36.3234237 136.3641487 9.68 36.3234237 136.3641487 12.83 36.3234935 136.3641128 12.83 36.3234935 136.3641128 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3234237 136.3641487 12.83 36.3234556 136.3642432 12.83 36.3235254 136.3642073 12.83 36.3234935 136.3641128 12.83 36.3234237 136.3641487 12.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.858</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">10.03</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">68.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2859</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f2fd580f-a102-4ec8-bcd6-e9667ba63168">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237809 136.3640147 0 36.323695 136.3640589 0 36.3237293 136.3641605 0 36.3238152 136.3641163 0 36.3237809 136.3640147 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238152 136.3641163 9.63 36.3237293 136.3641605 9.63 36.323695 136.3640589 9.63 36.3237809 136.3640147 9.63 36.3238152 136.3641163 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237809 136.3640147 9.63 36.323695 136.3640589 9.63 36.323695 136.3640589 14.42 36.3237809 136.3640147 14.42 36.3237809 136.3640147 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.323695 136.3640589 9.63 36.3237293 136.3641605 9.63 36.3237293 136.3641605 14.42 36.323695 136.3640589 14.42 36.323695 136.3640589 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237293 136.3641605 9.63 36.3238152 136.3641163 9.63 36.3238152 136.3641163 14.42 36.3237293 136.3641605 14.42 36.3237293 136.3641605 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238152 136.3641163 9.63 36.3237809 136.3640147 9.63 36.3237809 136.3640147 14.42 36.3238152 136.3641163 14.42 36.3238152 136.3641163 9.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3237809 136.3640147 14.42 36.323695 136.3640589 14.42 36.3237293 136.3641605 14.42 36.3238152 136.3641163 14.42 36.3237809 136.3640147 14.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.849</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">11.29</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">96.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.05</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2860</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0e3f0bcb-0271-4274-a398-b7ab63dd7095">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169609 136.3733146 0 36.3168505 136.3733714 0 36.3168902 136.373489 0 36.3170005 136.3734322 0 36.3169609 136.3733146 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170005 136.3734322 11.59 36.3168902 136.373489 11.59 36.3168505 136.3733714 11.59 36.3169609 136.3733146 11.59 36.3170005 136.3734322 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169609 136.3733146 11.59 36.3168505 136.3733714 11.59 36.3168505 136.3733714 18.65 36.3169609 136.3733146 18.65 36.3169609 136.3733146 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168505 136.3733714 11.59 36.3168902 136.373489 11.59 36.3168902 136.373489 18.65 36.3168505 136.3733714 18.65 36.3168505 136.3733714 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3168902 136.373489 11.59 36.3170005 136.3734322 11.59 36.3170005 136.3734322 18.65 36.3168902 136.373489 18.65 36.3168902 136.373489 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170005 136.3734322 11.59 36.3169609 136.3733146 11.59 36.3169609 136.3733146 18.65 36.3170005 136.3734322 18.65 36.3170005 136.3734322 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169609 136.3733146 18.65 36.3168505 136.3733714 18.65 36.3168902 136.373489 18.65 36.3170005 136.3734322 18.65 36.3169609 136.3733146 18.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">301.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">151.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2878</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e683718c-2379-4cbf-99b7-61f922175072">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.7</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204077 136.3713924 0 36.3203729 136.3712892 0 36.3202958 136.3713289 0 36.3203306 136.3714321 0 36.3204077 136.3713924 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203306 136.3714321 9.69 36.3202958 136.3713289 9.69 36.3203729 136.3712892 9.69 36.3204077 136.3713924 9.69 36.3203306 136.3714321 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204077 136.3713924 9.69 36.3203729 136.3712892 9.69 36.3203729 136.3712892 19.47 36.3204077 136.3713924 19.47 36.3204077 136.3713924 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203729 136.3712892 9.69 36.3202958 136.3713289 9.69 36.3202958 136.3713289 19.47 36.3203729 136.3712892 19.47 36.3203729 136.3712892 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3202958 136.3713289 9.69 36.3203306 136.3714321 9.69 36.3203306 136.3714321 19.47 36.3202958 136.3713289 19.47 36.3202958 136.3713289 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3203306 136.3714321 9.69 36.3204077 136.3713924 9.69 36.3204077 136.3713924 19.47 36.3203306 136.3714321 19.47 36.3203306 136.3714321 9.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3204077 136.3713924 19.47 36.3203729 136.3712892 19.47 36.3202958 136.3713289 19.47 36.3203306 136.3714321 19.47 36.3204077 136.3713924 19.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">238.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2879</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bf72989c-2fea-4702-bb08-69e5d5e9d1d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193396 136.3720691 0 36.3192065 136.3721376 0 36.319251 136.3722695 0 36.319384 136.372201 0 36.3193396 136.3720691 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319384 136.372201 10.23 36.319251 136.3722695 10.23 36.3192065 136.3721376 10.23 36.3193396 136.3720691 10.23 36.319384 136.372201 10.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193396 136.3720691 10.23 36.3192065 136.3721376 10.23 36.3192065 136.3721376 17.24 36.3193396 136.3720691 17.24 36.3193396 136.3720691 10.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3192065 136.3721376 10.23 36.319251 136.3722695 10.23 36.319251 136.3722695 17.24 36.3192065 136.3721376 17.24 36.3192065 136.3721376 10.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319251 136.3722695 10.23 36.319384 136.372201 10.23 36.319384 136.372201 17.24 36.319251 136.3722695 17.24 36.319251 136.3722695 10.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.319384 136.372201 10.23 36.3193396 136.3720691 10.23 36.3193396 136.3720691 17.24 36.319384 136.372201 17.24 36.319384 136.372201 10.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3193396 136.3720691 17.24 36.3192065 136.3721376 17.24 36.319251 136.3722695 17.24 36.319384 136.372201 17.24 36.3193396 136.3720691 17.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">395.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">205.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2880</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2a7abf53-b096-4fc0-8332-fc646c18fa4b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200348 136.3717061 0 36.3198947 136.3717782 0 36.3199384 136.3719077 0 36.3200785 136.3718356 0 36.3200348 136.3717061 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200785 136.3718356 9.81 36.3199384 136.3719077 9.81 36.3198947 136.3717782 9.81 36.3200348 136.3717061 9.81 36.3200785 136.3718356 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200348 136.3717061 9.81 36.3198947 136.3717782 9.81 36.3198947 136.3717782 17.01 36.3200348 136.3717061 17.01 36.3200348 136.3717061 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3198947 136.3717782 9.81 36.3199384 136.3719077 9.81 36.3199384 136.3719077 17.01 36.3198947 136.3717782 17.01 36.3198947 136.3717782 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3199384 136.3719077 9.81 36.3200785 136.3718356 9.81 36.3200785 136.3718356 17.01 36.3199384 136.3719077 17.01 36.3199384 136.3719077 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200785 136.3718356 9.81 36.3200348 136.3717061 9.81 36.3200348 136.3717061 17.01 36.3200785 136.3718356 17.01 36.3200785 136.3718356 9.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3200348 136.3717061 17.01 36.3198947 136.3717782 17.01 36.3199384 136.3719077 17.01 36.3200785 136.3718356 17.01 36.3200348 136.3717061 17.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">417.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">212.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2881</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9f3555a1-4fbc-4286-9f7c-1d6d5894f81a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208271 136.3711424 0 36.3210084 136.3710491 0 36.3209721 136.3709414 0 36.3207908 136.3710347 0 36.3208271 136.3711424 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207908 136.3710347 9.57 36.3209721 136.3709414 9.57 36.3210084 136.3710491 9.57 36.3208271 136.3711424 9.57 36.3207908 136.3710347 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208271 136.3711424 9.57 36.3210084 136.3710491 9.57 36.3210084 136.3710491 15.28 36.3208271 136.3711424 15.28 36.3208271 136.3711424 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210084 136.3710491 9.57 36.3209721 136.3709414 9.57 36.3209721 136.3709414 15.28 36.3210084 136.3710491 15.28 36.3210084 136.3710491 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3209721 136.3709414 9.57 36.3207908 136.3710347 9.57 36.3207908 136.3710347 15.28 36.3209721 136.3709414 15.28 36.3209721 136.3709414 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3207908 136.3710347 9.57 36.3208271 136.3711424 9.57 36.3208271 136.3711424 15.28 36.3207908 136.3710347 15.28 36.3207908 136.3710347 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208271 136.3711424 15.28 36.3210084 136.3710491 15.28 36.3209721 136.3709414 15.28 36.3207908 136.3710347 15.28 36.3208271 136.3711424 15.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">434.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">228.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2882</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ffa23796-92b8-4c53-943b-34f5d060c5dd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214606 136.3708463 0 36.3215895 136.3707799 0 36.3215474 136.3706552 0 36.3214186 136.3707216 0 36.3214606 136.3708463 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214186 136.3707216 9.33 36.3215474 136.3706552 9.33 36.3215895 136.3707799 9.33 36.3214606 136.3708463 9.33 36.3214186 136.3707216 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214606 136.3708463 9.33 36.3215895 136.3707799 9.33 36.3215895 136.3707799 16.33 36.3214606 136.3708463 16.33 36.3214606 136.3708463 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215895 136.3707799 9.33 36.3215474 136.3706552 9.33 36.3215474 136.3706552 16.33 36.3215895 136.3707799 16.33 36.3215895 136.3707799 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3215474 136.3706552 9.33 36.3214186 136.3707216 9.33 36.3214186 136.3707216 16.33 36.3215474 136.3706552 16.33 36.3215474 136.3706552 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214186 136.3707216 9.33 36.3214606 136.3708463 9.33 36.3214606 136.3708463 16.33 36.3214186 136.3707216 16.33 36.3214186 136.3707216 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3214606 136.3708463 16.33 36.3215895 136.3707799 16.33 36.3215474 136.3706552 16.33 36.3214186 136.3707216 16.33 36.3214606 136.3708463 16.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">363.32</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">187.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2883</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dbe1bccd-025a-49e6-b519-6b30b112a2de">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210641 136.371202 0 36.3208572 136.3713086 0 36.3208889 136.3714027 0 36.3210958 136.3712961 0 36.3210641 136.371202 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210958 136.3712961 9.57 36.3208889 136.3714027 9.57 36.3208572 136.3713086 9.57 36.3210641 136.371202 9.57 36.3210958 136.3712961 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210641 136.371202 9.57 36.3208572 136.3713086 9.57 36.3208572 136.3713086 16.32 36.3210641 136.371202 16.32 36.3210641 136.371202 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208572 136.3713086 9.57 36.3208889 136.3714027 9.57 36.3208889 136.3714027 16.32 36.3208572 136.3713086 16.32 36.3208572 136.3713086 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3208889 136.3714027 9.57 36.3210958 136.3712961 9.57 36.3210958 136.3712961 16.32 36.3208889 136.3714027 16.32 36.3208889 136.3714027 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210958 136.3712961 9.57 36.3210641 136.371202 9.57 36.3210641 136.371202 16.32 36.3210958 136.3712961 16.32 36.3210958 136.3712961 9.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3210641 136.371202 16.32 36.3208572 136.3713086 16.32 36.3208889 136.3714027 16.32 36.3210958 136.3712961 16.32 36.3210641 136.371202 16.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">374.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">227.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2884</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a923f137-0da0-4a8f-a845-fa48afe3fe0e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3222804 136.3705389 0 36.3221834 136.3705889 0 36.3222082 136.3706624 0 36.3223052 136.3706124 0 36.3222804 136.3705389 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3223052 136.3706124 9.25 36.3222082 136.3706624 9.25 36.3221834 136.3705889 9.25 36.3222804 136.3705389 9.25 36.3223052 136.3706124 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3222804 136.3705389 9.25 36.3221834 136.3705889 9.25 36.3221834 136.3705889 16.09 36.3222804 136.3705389 16.09 36.3222804 136.3705389 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3221834 136.3705889 9.25 36.3222082 136.3706624 9.25 36.3222082 136.3706624 16.09 36.3221834 136.3705889 16.09 36.3221834 136.3705889 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3222082 136.3706624 9.25 36.3223052 136.3706124 9.25 36.3223052 136.3706124 16.09 36.3222082 136.3706624 16.09 36.3222082 136.3706624 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3223052 136.3706124 9.25 36.3222804 136.3705389 9.25 36.3222804 136.3705389 16.09 36.3223052 136.3706124 16.09 36.3223052 136.3706124 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3222804 136.3705389 16.09 36.3221834 136.3705889 16.09 36.3222082 136.3706624 16.09 36.3223052 136.3706124 16.09 36.3222804 136.3705389 16.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">162.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2885</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_519cf0d6-0b66-404e-bf1b-82e2180c3e8a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243836 136.3692784 0 36.3244907 136.3692233 0 36.3244646 136.3691459 0 36.3243575 136.369201 0 36.3243836 136.3692784 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243575 136.369201 9.29 36.3244646 136.3691459 9.29 36.3244907 136.3692233 9.29 36.3243836 136.3692784 9.29 36.3243575 136.369201 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243836 136.3692784 9.29 36.3244907 136.3692233 9.29 36.3244907 136.3692233 14.06 36.3243836 136.3692784 14.06 36.3243836 136.3692784 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244907 136.3692233 9.29 36.3244646 136.3691459 9.29 36.3244646 136.3691459 14.06 36.3244907 136.3692233 14.06 36.3244907 136.3692233 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3244646 136.3691459 9.29 36.3243575 136.369201 9.29 36.3243575 136.369201 14.06 36.3244646 136.3691459 14.06 36.3244646 136.3691459 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243575 136.369201 9.29 36.3243836 136.3692784 9.29 36.3243836 136.3692784 14.06 36.3243575 136.369201 14.06 36.3243575 136.369201 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3243836 136.3692784 14.06 36.3244907 136.3692233 14.06 36.3244646 136.3691459 14.06 36.3243575 136.369201 14.06 36.3243836 136.3692784 14.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2886</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_48fa1cea-830a-4d63-adcd-d009b996a66c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3227354 136.3703075 0 36.3227653 136.3703963 0 36.3228349 136.3703604 0 36.322805 136.3702717 0 36.3227354 136.3703075 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.322805 136.3702717 9.3 36.3228349 136.3703604 9.3 36.3227653 136.3703963 9.3 36.3227354 136.3703075 9.3 36.322805 136.3702717 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3227354 136.3703075 9.3 36.3227653 136.3703963 9.3 36.3227653 136.3703963 15.6 36.3227354 136.3703075 15.6 36.3227354 136.3703075 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3227653 136.3703963 9.3 36.3228349 136.3703604 9.3 36.3228349 136.3703604 15.6 36.3227653 136.3703963 15.6 36.3227653 136.3703963 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3228349 136.3703604 9.3 36.322805 136.3702717 9.3 36.322805 136.3702717 15.6 36.3228349 136.3703604 15.6 36.3228349 136.3703604 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.322805 136.3702717 9.3 36.3227354 136.3703075 9.3 36.3227354 136.3703075 15.6 36.322805 136.3702717 15.6 36.322805 136.3702717 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3227354 136.3703075 15.6 36.3227653 136.3703963 15.6 36.3228349 136.3703604 15.6 36.322805 136.3702717 15.6 36.3227354 136.3703075 15.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">141.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2888</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4cd225e8-b151-4bf6-9120-c23e87bdf376">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246897 136.3632323 0 36.3246534 136.3631247 0 36.3245896 136.3631575 0 36.3246259 136.3632651 0 36.3246897 136.3632323 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246259 136.3632651 9.85 36.3245896 136.3631575 9.85 36.3246534 136.3631247 9.85 36.3246897 136.3632323 9.85 36.3246259 136.3632651 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246897 136.3632323 9.85 36.3246534 136.3631247 9.85 36.3246534 136.3631247 13.89 36.3246897 136.3632323 13.89 36.3246897 136.3632323 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246534 136.3631247 9.85 36.3245896 136.3631575 9.85 36.3245896 136.3631575 13.89 36.3246534 136.3631247 13.89 36.3246534 136.3631247 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3245896 136.3631575 9.85 36.3246259 136.3632651 9.85 36.3246259 136.3632651 13.89 36.3245896 136.3631575 13.89 36.3245896 136.3631575 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246259 136.3632651 9.85 36.3246897 136.3632323 9.85 36.3246897 136.3632323 13.89 36.3246259 136.3632651 13.89 36.3246259 136.3632651 9.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3246897 136.3632323 13.89 36.3246534 136.3631247 13.89 36.3245896 136.3631575 13.89 36.3246259 136.3632651 13.89 36.3246897 136.3632323 13.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.375</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">10.12</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.753</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">22.48</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2913</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_64439f4e-b626-4208-ab4f-51c30db7243b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249029 136.3635659 0 36.3249455 136.3636923 0 36.3250118 136.3636582 0 36.3249691 136.3635318 0 36.3249029 136.3635659 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249691 136.3635318 9.94 36.3250118 136.3636582 9.94 36.3249455 136.3636923 9.94 36.3249029 136.3635659 9.94 36.3249691 136.3635318 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249029 136.3635659 9.94 36.3249455 136.3636923 9.94 36.3249455 136.3636923 13.65 36.3249029 136.3635659 13.65 36.3249029 136.3635659 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249455 136.3636923 9.94 36.3250118 136.3636582 9.94 36.3250118 136.3636582 13.65 36.3249455 136.3636923 13.65 36.3249455 136.3636923 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250118 136.3636582 9.94 36.3249691 136.3635318 9.94 36.3249691 136.3635318 13.65 36.3250118 136.3636582 13.65 36.3250118 136.3636582 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249691 136.3635318 9.94 36.3249029 136.3635659 9.94 36.3249029 136.3635659 13.65 36.3249691 136.3635318 13.65 36.3249691 136.3635318 9.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249029 136.3635659 13.65 36.3249455 136.3636923 13.65 36.3250118 136.3636582 13.65 36.3249691 136.3635318 13.65 36.3249029 136.3635659 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.054</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">8.28</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.304</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">18.41</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2914</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b68bceb-c216-4e57-a7db-15f25df5ccbb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248269 136.3636344 0 36.3247448 136.3636766 0 36.3247738 136.3637626 0 36.3248559 136.3637203 0 36.3248269 136.3636344 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248559 136.3637203 9.84 36.3247738 136.3637626 9.84 36.3247448 136.3636766 9.84 36.3248269 136.3636344 9.84 36.3248559 136.3637203 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248269 136.3636344 9.84 36.3247448 136.3636766 9.84 36.3247448 136.3636766 16.82 36.3248269 136.3636344 16.82 36.3248269 136.3636344 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247448 136.3636766 9.84 36.3247738 136.3637626 9.84 36.3247738 136.3637626 16.82 36.3247448 136.3636766 16.82 36.3247448 136.3636766 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3247738 136.3637626 9.84 36.3248559 136.3637203 9.84 36.3248559 136.3637203 16.82 36.3247738 136.3637626 16.82 36.3247738 136.3637626 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248559 136.3637203 9.84 36.3248269 136.3636344 9.84 36.3248269 136.3636344 16.82 36.3248559 136.3637203 16.82 36.3248559 136.3637203 9.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3248269 136.3636344 16.82 36.3247448 136.3636766 16.82 36.3247738 136.3637626 16.82 36.3248559 136.3637203 16.82 36.3248269 136.3636344 16.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.291</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">17.13</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">138.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2916</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_96e4f409-4790-403c-b387-352c18f04b81">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239998 136.3636189 0 36.3239637 136.3635118 0 36.3238918 136.3635488 0 36.3239279 136.363656 0 36.3239998 136.3636189 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239279 136.363656 9.68 36.3238918 136.3635488 9.68 36.3239637 136.3635118 9.68 36.3239998 136.3636189 9.68 36.3239279 136.363656 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239998 136.3636189 9.68 36.3239637 136.3635118 9.68 36.3239637 136.3635118 15.2 36.3239998 136.3636189 15.2 36.3239998 136.3636189 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239637 136.3635118 9.68 36.3238918 136.3635488 9.68 36.3238918 136.3635488 15.2 36.3239637 136.3635118 15.2 36.3239637 136.3635118 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3238918 136.3635488 9.68 36.3239279 136.363656 9.68 36.3239279 136.363656 15.2 36.3238918 136.3635488 15.2 36.3238918 136.3635488 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239279 136.363656 9.68 36.3239998 136.3636189 9.68 36.3239998 136.3636189 15.2 36.3239279 136.363656 15.2 36.3239279 136.363656 9.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3239998 136.3636189 15.2 36.3239637 136.3635118 15.2 36.3238918 136.3635488 15.2 36.3239279 136.363656 15.2 36.3239998 136.3636189 15.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.18</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">16.59</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">85.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2973</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d138b56d-5bbe-4990-9314-857dc6f6bc92">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3171435 136.3664133 0 36.3170867 136.3662448 0 36.3169909 136.3662942 0 36.3170477 136.3664626 0 36.3171435 136.3664133 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170477 136.3664626 10.97 36.3169909 136.3662942 10.97 36.3170867 136.3662448 10.97 36.3171435 136.3664133 10.97 36.3170477 136.3664626 10.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3171435 136.3664133 10.97 36.3170867 136.3662448 10.97 36.3170867 136.3662448 15.74 36.3171435 136.3664133 15.74 36.3171435 136.3664133 10.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170867 136.3662448 10.97 36.3169909 136.3662942 10.97 36.3169909 136.3662942 15.74 36.3170867 136.3662448 15.74 36.3170867 136.3662448 10.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3169909 136.3662942 10.97 36.3170477 136.3664626 10.97 36.3170477 136.3664626 15.74 36.3169909 136.3662942 15.74 36.3169909 136.3662942 10.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3170477 136.3664626 10.97 36.3171435 136.3664133 10.97 36.3171435 136.3664133 15.74 36.3170477 136.3664626 15.74 36.3170477 136.3664626 10.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3171435 136.3664133 15.74 36.3170867 136.3662448 15.74 36.3169909 136.3662942 15.74 36.3170477 136.3664626 15.74 36.3171435 136.3664133 15.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">162.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">188.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3007</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e3088fbb-9215-45ff-b05e-257b36a8b987">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180344 136.3685852 0 36.318112 136.3685452 0 36.318082 136.3684565 0 36.3180045 136.3684964 0 36.3180344 136.3685852 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180045 136.3684964 10.94 36.318082 136.3684565 10.94 36.318112 136.3685452 10.94 36.3180344 136.3685852 10.94 36.3180045 136.3684964 10.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180344 136.3685852 10.94 36.318112 136.3685452 10.94 36.318112 136.3685452 15.84 36.3180344 136.3685852 15.84 36.3180344 136.3685852 10.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318112 136.3685452 10.94 36.318082 136.3684565 10.94 36.318082 136.3684565 15.84 36.318112 136.3685452 15.84 36.318112 136.3685452 10.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.318082 136.3684565 10.94 36.3180045 136.3684964 10.94 36.3180045 136.3684964 15.84 36.318082 136.3684565 15.84 36.318082 136.3684565 10.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180045 136.3684964 10.94 36.3180344 136.3685852 10.94 36.3180344 136.3685852 15.84 36.3180045 136.3684964 15.84 36.3180045 136.3684964 10.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3180344 136.3685852 15.84 36.318112 136.3685452 15.84 36.318082 136.3684565 15.84 36.3180045 136.3684964 15.84 36.3180344 136.3685852 15.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3008</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2c00db45-b3bd-465b-8ad0-7de6c0c5dcda">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189645 136.3714932 0 36.3190216 136.3716623 0 36.3191189 136.3716122 0 36.3190618 136.3714431 0 36.3189645 136.3714932 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3190618 136.3714431 10.35 36.3191189 136.3716122 10.35 36.3190216 136.3716623 10.35 36.3189645 136.3714932 10.35 36.3190618 136.3714431 10.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189645 136.3714932 10.35 36.3190216 136.3716623 10.35 36.3190216 136.3716623 17.14 36.3189645 136.3714932 17.14 36.3189645 136.3714932 10.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3190216 136.3716623 10.35 36.3191189 136.3716122 10.35 36.3191189 136.3716122 17.14 36.3190216 136.3716623 17.14 36.3190216 136.3716623 10.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3191189 136.3716122 10.35 36.3190618 136.3714431 10.35 36.3190618 136.3714431 17.14 36.3191189 136.3716122 17.14 36.3191189 136.3716122 10.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3190618 136.3714431 10.35 36.3189645 136.3714932 10.35 36.3189645 136.3714932 17.14 36.3190618 136.3714431 17.14 36.3190618 136.3714431 10.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3189645 136.3714932 17.14 36.3190216 136.3716623 17.14 36.3191189 136.3716122 17.14 36.3190618 136.3714431 17.14 36.3189645 136.3714932 17.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">364.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">192.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3009</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d1bc9718-84e5-4882-85c5-45948e8c165e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177724 136.3682886 0 36.3177017 136.368325 0 36.3177302 136.3684096 0 36.3178009 136.3683733 0 36.3177724 136.3682886 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178009 136.3683733 11.14 36.3177302 136.3684096 11.14 36.3177017 136.368325 11.14 36.3177724 136.3682886 11.14 36.3178009 136.3683733 11.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177724 136.3682886 11.14 36.3177017 136.368325 11.14 36.3177017 136.368325 17.64 36.3177724 136.3682886 17.64 36.3177724 136.3682886 11.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177017 136.368325 11.14 36.3177302 136.3684096 11.14 36.3177302 136.3684096 17.64 36.3177017 136.368325 17.64 36.3177017 136.368325 11.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177302 136.3684096 11.14 36.3178009 136.3683733 11.14 36.3178009 136.3683733 17.64 36.3177302 136.3684096 17.64 36.3177302 136.3684096 11.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3178009 136.3683733 11.14 36.3177724 136.3682886 11.14 36.3177724 136.3682886 17.64 36.3178009 136.3683733 17.64 36.3178009 136.3683733 11.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3177724 136.3682886 17.64 36.3177017 136.368325 17.64 36.3177302 136.3684096 17.64 36.3178009 136.3683733 17.64 36.3177724 136.3682886 17.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">125.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.97</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3010</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
</core:CityModel>
