<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.3249479 136.349949 0</gml:lowerCorner>
<gml:upperCorner>36.333174 136.362404 25.13</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9347c399-81e8-4549-9d0f-a490712d4ede">
<gml:name>中学校</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">13.5</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281734 136.3568293 0 36.3284507 136.3576516 0 36.3285754 136.3575874 0 36.3284368 136.3571762 0 36.3285616 136.3571119 0 36.3284229 136.3567008 0 36.3281734 136.3568293 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284229 136.3567008 8.45 36.3285616 136.3571119 8.45 36.3284368 136.3571762 8.45 36.3285754 136.3575874 8.45 36.3284507 136.3576516 8.45 36.3281734 136.3568293 8.45 36.3284229 136.3567008 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281734 136.3568293 8.45 36.3284507 136.3576516 8.45 36.3284507 136.3576516 21.95 36.3281734 136.3568293 21.95 36.3281734 136.3568293 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284507 136.3576516 8.45 36.3285754 136.3575874 8.45 36.3285754 136.3575874 21.95 36.3284507 136.3576516 21.95 36.3284507 136.3576516 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285754 136.3575874 8.45 36.3284368 136.3571762 8.45 36.3284368 136.3571762 21.95 36.3285754 136.3575874 21.95 36.3285754 136.3575874 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284368 136.3571762 8.45 36.3285616 136.3571119 8.45 36.3285616 136.3571119 21.95 36.3284368 136.3571762 21.95 36.3284368 136.3571762 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285616 136.3571119 8.45 36.3284229 136.3567008 8.45 36.3284229 136.3567008 21.95 36.3285616 136.3571119 21.95 36.3285616 136.3571119 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284229 136.3567008 8.45 36.3281734 136.3568293 8.45 36.3281734 136.3568293 21.95 36.3284229 136.3567008 21.95 36.3284229 136.3567008 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281734 136.3568293 21.95 36.3284507 136.3576516 21.95 36.3285754 136.3575874 21.95 36.3284368 136.3571762 21.95 36.3285616 136.3571119 21.95 36.3284229 136.3567008 21.95 36.3281734 136.3568293 21.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">4968</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1800</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-6</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_07251fef-1e87-449b-b456-249652fac989">
<gml:name>中学校体育館</gml:name>
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289671 136.357808 0 36.3292999 136.3576366 0 36.3291959 136.3573282 0 36.3288631 136.3574996 0 36.3289671 136.357808 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288631 136.3574996 8.48 36.3291959 136.3573282 8.48 36.3292999 136.3576366 8.48 36.3289671 136.357808 8.48 36.3288631 136.3574996 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289671 136.357808 8.48 36.3292999 136.3576366 8.48 36.3292999 136.3576366 19.73 36.3289671 136.357808 19.73 36.3289671 136.357808 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292999 136.3576366 8.48 36.3291959 136.3573282 8.48 36.3291959 136.3573282 19.73 36.3292999 136.3576366 19.73 36.3292999 136.3576366 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291959 136.3573282 8.48 36.3288631 136.3574996 8.48 36.3288631 136.3574996 19.73 36.3291959 136.3573282 19.73 36.3291959 136.3573282 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288631 136.3574996 8.48 36.3289671 136.357808 8.48 36.3289671 136.357808 19.73 36.3288631 136.3574996 19.73 36.3288631 136.3574996 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289671 136.357808 19.73 36.3292999 136.3576366 19.73 36.3291959 136.3573282 19.73 36.3288631 136.3574996 19.73 36.3289671 136.357808 19.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1104</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1200</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-7</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c9fc511b-2d28-429a-b53c-185340420c89">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258764 136.3499546 0 36.3258818 136.3500711 0 36.3259618 136.3500655 0 36.3259564 136.349949 0 36.3258764 136.3499546 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259564 136.349949 8.51 36.3259618 136.3500655 8.51 36.3258818 136.3500711 8.51 36.3258764 136.3499546 8.51 36.3259564 136.349949 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258764 136.3499546 8.51 36.3258818 136.3500711 8.51 36.3258818 136.3500711 15.12 36.3258764 136.3499546 15.12 36.3258764 136.3499546 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258818 136.3500711 8.51 36.3259618 136.3500655 8.51 36.3259618 136.3500655 15.12 36.3258818 136.3500711 15.12 36.3258818 136.3500711 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259618 136.3500655 8.51 36.3259564 136.349949 8.51 36.3259564 136.349949 15.12 36.3259618 136.3500655 15.12 36.3259618 136.3500655 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259564 136.349949 8.51 36.3258764 136.3499546 8.51 36.3258764 136.3499546 15.12 36.3259564 136.349949 15.12 36.3259564 136.349949 8.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258764 136.3499546 15.12 36.3258818 136.3500711 15.12 36.3259618 136.3500655 15.12 36.3259564 136.349949 15.12 36.3258764 136.3499546 15.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">161.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-160</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_25f1eac3-a614-4365-a534-ba8f1cbe04b9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325873 136.3501622 0 36.3258782 136.3502734 0 36.3259427 136.3502689 0 36.3259375 136.3501576 0 36.325873 136.3501622 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259375 136.3501576 8.52 36.3259427 136.3502689 8.52 36.3258782 136.3502734 8.52 36.325873 136.3501622 8.52 36.3259375 136.3501576 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325873 136.3501622 8.52 36.3258782 136.3502734 8.52 36.3258782 136.3502734 15.47 36.325873 136.3501622 15.47 36.325873 136.3501622 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258782 136.3502734 8.52 36.3259427 136.3502689 8.52 36.3259427 136.3502689 15.47 36.3258782 136.3502734 15.47 36.3258782 136.3502734 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259427 136.3502689 8.52 36.3259375 136.3501576 8.52 36.3259375 136.3501576 15.47 36.3259427 136.3502689 15.47 36.3259427 136.3502689 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259375 136.3501576 8.52 36.325873 136.3501622 8.52 36.325873 136.3501622 15.47 36.3259375 136.3501576 15.47 36.3259375 136.3501576 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325873 136.3501622 15.47 36.3258782 136.3502734 15.47 36.3259427 136.3502689 15.47 36.3259375 136.3501576 15.47 36.325873 136.3501622 15.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">140.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-161</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0fe83b2f-3ae0-4606-b115-77d69e962872">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258796 136.3504764 0 36.3260032 136.3504677 0 36.3259969 136.35033 0 36.3258732 136.3503388 0 36.3258796 136.3504764 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258732 136.3503388 8.55 36.3259969 136.35033 8.55 36.3260032 136.3504677 8.55 36.3258796 136.3504764 8.55 36.3258732 136.3503388 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258796 136.3504764 8.55 36.3260032 136.3504677 8.55 36.3260032 136.3504677 15.78 36.3258796 136.3504764 15.78 36.3258796 136.3504764 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260032 136.3504677 8.55 36.3259969 136.35033 8.55 36.3259969 136.35033 15.78 36.3260032 136.3504677 15.78 36.3260032 136.3504677 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259969 136.35033 8.55 36.3258732 136.3503388 8.55 36.3258732 136.3503388 15.78 36.3259969 136.35033 15.78 36.3259969 136.35033 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258732 136.3503388 8.55 36.3258796 136.3504764 8.55 36.3258796 136.3504764 15.78 36.3258732 136.3503388 15.78 36.3258732 136.3503388 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258796 136.3504764 15.78 36.3260032 136.3504677 15.78 36.3259969 136.35033 15.78 36.3258732 136.3503388 15.78 36.3258796 136.3504764 15.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">326.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">170.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-162</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ed5fda75-d3de-412a-b9da-bf9fa76853ec">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258856 136.3505309 0 36.3258919 136.3506664 0 36.3259852 136.3506598 0 36.3259789 136.3505243 0 36.3258856 136.3505309 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259789 136.3505243 8.59 36.3259852 136.3506598 8.59 36.3258919 136.3506664 8.59 36.3258856 136.3505309 8.59 36.3259789 136.3505243 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258856 136.3505309 8.59 36.3258919 136.3506664 8.59 36.3258919 136.3506664 14.58 36.3258856 136.3505309 14.58 36.3258856 136.3505309 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258919 136.3506664 8.59 36.3259852 136.3506598 8.59 36.3259852 136.3506598 14.58 36.3258919 136.3506664 14.58 36.3258919 136.3506664 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259852 136.3506598 8.59 36.3259789 136.3505243 8.59 36.3259789 136.3505243 14.58 36.3259852 136.3506598 14.58 36.3259852 136.3506598 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259789 136.3505243 8.59 36.3258856 136.3505309 8.59 36.3258856 136.3505309 14.58 36.3259789 136.3505243 14.58 36.3259789 136.3505243 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258856 136.3505309 14.58 36.3258919 136.3506664 14.58 36.3259852 136.3506598 14.58 36.3259789 136.3505243 14.58 36.3258856 136.3505309 14.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">237.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">126.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-163</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8907385f-d693-4871-a0fd-61a38f97fd77">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259667 136.3507266 0 36.325982 136.3510582 0 36.3260994 136.3510499 0 36.326084 136.3507183 0 36.3259667 136.3507266 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326084 136.3507183 8.58 36.3260994 136.3510499 8.58 36.325982 136.3510582 8.58 36.3259667 136.3507266 8.58 36.326084 136.3507183 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259667 136.3507266 8.58 36.325982 136.3510582 8.58 36.325982 136.3510582 16.78 36.3259667 136.3507266 16.78 36.3259667 136.3507266 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325982 136.3510582 8.58 36.3260994 136.3510499 8.58 36.3260994 136.3510499 16.78 36.325982 136.3510582 16.78 36.325982 136.3510582 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260994 136.3510499 8.58 36.326084 136.3507183 8.58 36.326084 136.3507183 16.78 36.3260994 136.3510499 16.78 36.3260994 136.3510499 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326084 136.3507183 8.58 36.3259667 136.3507266 8.58 36.3259667 136.3507266 16.78 36.326084 136.3507183 16.78 36.326084 136.3507183 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259667 136.3507266 16.78 36.325982 136.3510582 16.78 36.3260994 136.3510499 16.78 36.326084 136.3507183 16.78 36.3259667 136.3507266 16.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">691.44</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">389.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-164</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_031e5694-2d99-4330-9050-5fa4b2cd4942">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259562 136.3521052 0 36.3260722 136.352097 0 36.3260666 136.3519748 0 36.3259505 136.351983 0 36.3259562 136.3521052 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259505 136.351983 9.1 36.3260666 136.3519748 9.1 36.3260722 136.352097 9.1 36.3259562 136.3521052 9.1 36.3259505 136.351983 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259562 136.3521052 9.1 36.3260722 136.352097 9.1 36.3260722 136.352097 16.26 36.3259562 136.3521052 16.26 36.3259562 136.3521052 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260722 136.352097 9.1 36.3260666 136.3519748 9.1 36.3260666 136.3519748 16.26 36.3260722 136.352097 16.26 36.3260722 136.352097 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260666 136.3519748 9.1 36.3259505 136.351983 9.1 36.3259505 136.351983 16.26 36.3260666 136.3519748 16.26 36.3260666 136.3519748 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259505 136.351983 9.1 36.3259562 136.3521052 9.1 36.3259562 136.3521052 16.26 36.3259505 136.351983 16.26 36.3259505 136.351983 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259562 136.3521052 16.26 36.3260722 136.352097 16.26 36.3260666 136.3519748 16.26 36.3259505 136.351983 16.26 36.3259562 136.3521052 16.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">264.57</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">141.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-165</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1ebaa260-eeed-4b05-bebe-9045b04eb8af">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259917 136.3522354 0 36.3260805 136.3522291 0 36.3260757 136.3521253 0 36.3259869 136.3521316 0 36.3259917 136.3522354 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259869 136.3521316 9.12 36.3260757 136.3521253 9.12 36.3260805 136.3522291 9.12 36.3259917 136.3522354 9.12 36.3259869 136.3521316 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259917 136.3522354 9.12 36.3260805 136.3522291 9.12 36.3260805 136.3522291 16.27 36.3259917 136.3522354 16.27 36.3259917 136.3522354 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260805 136.3522291 9.12 36.3260757 136.3521253 9.12 36.3260757 136.3521253 16.27 36.3260805 136.3522291 16.27 36.3260805 136.3522291 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260757 136.3521253 9.12 36.3259869 136.3521316 9.12 36.3259869 136.3521316 16.27 36.3260757 136.3521253 16.27 36.3260757 136.3521253 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259869 136.3521316 9.12 36.3259917 136.3522354 9.12 36.3259917 136.3522354 16.27 36.3259869 136.3521316 16.27 36.3259869 136.3521316 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259917 136.3522354 16.27 36.3260805 136.3522291 16.27 36.3260757 136.3521253 16.27 36.3259869 136.3521316 16.27 36.3259917 136.3522354 16.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">181.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-166</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7091dc68-f45e-4900-93b9-ce890c892013">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257556 136.3514917 0 36.3257513 136.3513974 0 36.3256882 136.3514019 0 36.3256926 136.3514962 0 36.3257556 136.3514917 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256926 136.3514962 9.12 36.3256882 136.3514019 9.12 36.3257513 136.3513974 9.12 36.3257556 136.3514917 9.12 36.3256926 136.3514962 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257556 136.3514917 9.12 36.3257513 136.3513974 9.12 36.3257513 136.3513974 15.41 36.3257556 136.3514917 15.41 36.3257556 136.3514917 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257513 136.3513974 9.12 36.3256882 136.3514019 9.12 36.3256882 136.3514019 15.41 36.3257513 136.3513974 15.41 36.3257513 136.3513974 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256882 136.3514019 9.12 36.3256926 136.3514962 9.12 36.3256926 136.3514962 15.41 36.3256882 136.3514019 15.41 36.3256882 136.3514019 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256926 136.3514962 9.12 36.3257556 136.3514917 9.12 36.3257556 136.3514917 15.41 36.3256926 136.3514962 15.41 36.3256926 136.3514962 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257556 136.3514917 15.41 36.3257513 136.3513974 15.41 36.3256882 136.3514019 15.41 36.3256926 136.3514962 15.41 36.3257556 136.3514917 15.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">117.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">59.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-167</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1ae25fa3-930e-4fc5-a076-05cfc5667838">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1962</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257884 136.3515639 0 36.3256761 136.3515718 0 36.3256818 136.3516955 0 36.3257941 136.3516875 0 36.3257884 136.3515639 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257941 136.3516875 9.16 36.3256818 136.3516955 9.16 36.3256761 136.3515718 9.16 36.3257884 136.3515639 9.16 36.3257941 136.3516875 9.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257884 136.3515639 9.16 36.3256761 136.3515718 9.16 36.3256761 136.3515718 15.67 36.3257884 136.3515639 15.67 36.3257884 136.3515639 9.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256761 136.3515718 9.16 36.3256818 136.3516955 9.16 36.3256818 136.3516955 15.67 36.3256761 136.3515718 15.67 36.3256761 136.3515718 9.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256818 136.3516955 9.16 36.3257941 136.3516875 9.16 36.3257941 136.3516875 15.67 36.3256818 136.3516955 15.67 36.3256818 136.3516955 9.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257941 136.3516875 9.16 36.3257884 136.3515639 9.16 36.3257884 136.3515639 15.67 36.3257941 136.3516875 15.67 36.3257941 136.3516875 9.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257884 136.3515639 15.67 36.3256761 136.3515718 15.67 36.3256818 136.3516955 15.67 36.3257941 136.3516875 15.67 36.3257884 136.3515639 15.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">231.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">138.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-168</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3b4b1e7a-74d4-4657-a95e-6cbf3c6d8ab7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257802 136.3517413 0 36.325697 136.3517472 0 36.3257016 136.3518471 0 36.3257848 136.3518413 0 36.3257802 136.3517413 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257848 136.3518413 9.21 36.3257016 136.3518471 9.21 36.325697 136.3517472 9.21 36.3257802 136.3517413 9.21 36.3257848 136.3518413 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257802 136.3517413 9.21 36.325697 136.3517472 9.21 36.325697 136.3517472 13.56 36.3257802 136.3517413 13.56 36.3257802 136.3517413 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325697 136.3517472 9.21 36.3257016 136.3518471 9.21 36.3257016 136.3518471 13.56 36.325697 136.3517472 13.56 36.325697 136.3517472 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257016 136.3518471 9.21 36.3257848 136.3518413 9.21 36.3257848 136.3518413 13.56 36.3257016 136.3518471 13.56 36.3257016 136.3518471 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257848 136.3518413 9.21 36.3257802 136.3517413 9.21 36.3257802 136.3517413 13.56 36.3257848 136.3518413 13.56 36.3257848 136.3518413 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257802 136.3517413 13.56 36.325697 136.3517472 13.56 36.3257016 136.3518471 13.56 36.3257848 136.3518413 13.56 36.3257802 136.3517413 13.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-169</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c6f78dc4-5dbf-4a83-a625-62fad41f3fad">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257977 136.3535964 0 36.3257752 136.3531105 0 36.3255312 136.3531278 0 36.3255537 136.3536136 0 36.3257977 136.3535964 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255537 136.3536136 9.26 36.3255312 136.3531278 9.26 36.3257752 136.3531105 9.26 36.3257977 136.3535964 9.26 36.3255537 136.3536136 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257977 136.3535964 9.26 36.3257752 136.3531105 9.26 36.3257752 136.3531105 16.92 36.3257977 136.3535964 16.92 36.3257977 136.3535964 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257752 136.3531105 9.26 36.3255312 136.3531278 9.26 36.3255312 136.3531278 16.92 36.3257752 136.3531105 16.92 36.3257752 136.3531105 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255312 136.3531278 9.26 36.3255537 136.3536136 9.26 36.3255537 136.3536136 16.92 36.3255312 136.3531278 16.92 36.3255312 136.3531278 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255537 136.3536136 9.26 36.3257977 136.3535964 9.26 36.3257977 136.3535964 16.92 36.3255537 136.3536136 16.92 36.3255537 136.3536136 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257977 136.3535964 16.92 36.3257752 136.3531105 16.92 36.3255312 136.3531278 16.92 36.3255537 136.3536136 16.92 36.3257977 136.3535964 16.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1145.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1185.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-170</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d8836aa1-0544-4ee7-bdf4-304c3c586432">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11.8</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257962 136.3539424 0 36.3257852 136.3537046 0 36.3256553 136.3537137 0 36.3256663 136.3539516 0 36.3257962 136.3539424 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256663 136.3539516 9.23 36.3256553 136.3537137 9.23 36.3257852 136.3537046 9.23 36.3257962 136.3539424 9.23 36.3256663 136.3539516 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257962 136.3539424 9.23 36.3257852 136.3537046 9.23 36.3257852 136.3537046 21.03 36.3257962 136.3539424 21.03 36.3257962 136.3539424 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257852 136.3537046 9.23 36.3256553 136.3537137 9.23 36.3256553 136.3537137 21.03 36.3257852 136.3537046 21.03 36.3257852 136.3537046 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256553 136.3537137 9.23 36.3256663 136.3539516 9.23 36.3256663 136.3539516 21.03 36.3256553 136.3537137 21.03 36.3256553 136.3537137 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256663 136.3539516 9.23 36.3257962 136.3539424 9.23 36.3257962 136.3539424 21.03 36.3256663 136.3539516 21.03 36.3256663 136.3539516 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257962 136.3539424 21.03 36.3257852 136.3537046 21.03 36.3256553 136.3537137 21.03 36.3256663 136.3539516 21.03 36.3257962 136.3539424 21.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">828.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">308.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-171</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_218982b3-5d16-406b-b870-9cd5611fe9b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261611 136.3543238 0 36.3261846 136.3548319 0 36.3264326 136.3548144 0 36.3264091 136.3543063 0 36.3261611 136.3543238 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264091 136.3543063 9.1 36.3264326 136.3548144 9.1 36.3261846 136.3548319 9.1 36.3261611 136.3543238 9.1 36.3264091 136.3543063 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261611 136.3543238 9.1 36.3261846 136.3548319 9.1 36.3261846 136.3548319 15.36 36.3261611 136.3543238 15.36 36.3261611 136.3543238 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261846 136.3548319 9.1 36.3264326 136.3548144 9.1 36.3264326 136.3548144 15.36 36.3261846 136.3548319 15.36 36.3261846 136.3548319 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264326 136.3548144 9.1 36.3264091 136.3543063 9.1 36.3264091 136.3543063 15.36 36.3264326 136.3548144 15.36 36.3264326 136.3548144 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264091 136.3543063 9.1 36.3261611 136.3543238 9.1 36.3261611 136.3543238 15.36 36.3264091 136.3543063 15.36 36.3264091 136.3543063 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261611 136.3543238 15.36 36.3261846 136.3548319 15.36 36.3264326 136.3548144 15.36 36.3264091 136.3543063 15.36 36.3261611 136.3543238 15.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1066.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1259.65</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-172</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e4fcb49a-aa1f-43bd-a475-3f835eced2d9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.5</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259228 136.3544686 0 36.3258202 136.3544759 0 36.3258255 136.3545908 0 36.3259281 136.3545836 0 36.3259228 136.3544686 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259281 136.3545836 9.26 36.3258255 136.3545908 9.26 36.3258202 136.3544759 9.26 36.3259228 136.3544686 9.26 36.3259281 136.3545836 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259228 136.3544686 9.26 36.3258202 136.3544759 9.26 36.3258202 136.3544759 18.73 36.3259228 136.3544686 18.73 36.3259228 136.3544686 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258202 136.3544759 9.26 36.3258255 136.3545908 9.26 36.3258255 136.3545908 18.73 36.3258202 136.3544759 18.73 36.3258202 136.3544759 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258255 136.3545908 9.26 36.3259281 136.3545836 9.26 36.3259281 136.3545836 18.73 36.3258255 136.3545908 18.73 36.3258255 136.3545908 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259281 136.3545836 9.26 36.3259228 136.3544686 9.26 36.3259228 136.3544686 18.73 36.3259281 136.3545836 18.73 36.3259281 136.3545836 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259228 136.3544686 18.73 36.3258202 136.3544759 18.73 36.3258255 136.3545908 18.73 36.3259281 136.3545836 18.73 36.3259228 136.3544686 18.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">337.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">117.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-173</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_704a6dcc-67e8-4bba-b54a-de3759e06fc6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.9</bldg:measuredHeight>
<bldg:storeysAboveGround>5</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259015 136.3553454 0 36.3258837 136.3550527 0 36.325768 136.3550635 0 36.3257857 136.3553561 0 36.3259015 136.3553454 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257857 136.3553561 9.23 36.325768 136.3550635 9.23 36.3258837 136.3550527 9.23 36.3259015 136.3553454 9.23 36.3257857 136.3553561 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259015 136.3553454 9.23 36.3258837 136.3550527 9.23 36.3258837 136.3550527 25.13 36.3259015 136.3553454 25.13 36.3259015 136.3553454 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258837 136.3550527 9.23 36.325768 136.3550635 9.23 36.325768 136.3550635 25.13 36.3258837 136.3550527 25.13 36.3258837 136.3550527 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325768 136.3550635 9.23 36.3257857 136.3553561 9.23 36.3257857 136.3553561 25.13 36.325768 136.3550635 25.13 36.325768 136.3550635 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257857 136.3553561 9.23 36.3259015 136.3553454 9.23 36.3259015 136.3553454 25.13 36.3257857 136.3553561 25.13 36.3257857 136.3553561 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259015 136.3553454 25.13 36.3258837 136.3550527 25.13 36.325768 136.3550635 25.13 36.3257857 136.3553561 25.13 36.3259015 136.3553454 25.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1557.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">339.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-174</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cd8140e6-fd16-4ca1-a860-9635440504e5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261909 136.3556333 0 36.3262193 136.3561011 0 36.3264451 136.3560802 0 36.3264167 136.3556123 0 36.3261909 136.3556333 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264167 136.3556123 8.89 36.3264451 136.3560802 8.89 36.3262193 136.3561011 8.89 36.3261909 136.3556333 8.89 36.3264167 136.3556123 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261909 136.3556333 8.89 36.3262193 136.3561011 8.89 36.3262193 136.3561011 14.79 36.3261909 136.3556333 14.79 36.3261909 136.3556333 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262193 136.3561011 8.89 36.3264451 136.3560802 8.89 36.3264451 136.3560802 14.79 36.3262193 136.3561011 14.79 36.3262193 136.3561011 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264451 136.3560802 8.89 36.3264167 136.3556123 8.89 36.3264167 136.3556123 14.79 36.3264451 136.3560802 14.79 36.3264451 136.3560802 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264167 136.3556123 8.89 36.3261909 136.3556333 8.89 36.3261909 136.3556333 14.79 36.3264167 136.3556123 14.79 36.3264167 136.3556123 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261909 136.3556333 14.79 36.3262193 136.3561011 14.79 36.3264451 136.3560802 14.79 36.3264167 136.3556123 14.79 36.3261909 136.3556333 14.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">883.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1058.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-175</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_281d15e7-02e8-4de0-905c-704b78c00835">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259899 136.3559484 0 36.3259713 136.3556422 0 36.325822 136.355656 0 36.3258406 136.3559623 0 36.3259899 136.3559484 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258406 136.3559623 9.14 36.325822 136.355656 9.14 36.3259713 136.3556422 9.14 36.3259899 136.3559484 9.14 36.3258406 136.3559623 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259899 136.3559484 9.14 36.3259713 136.3556422 9.14 36.3259713 136.3556422 17.54 36.3259899 136.3559484 17.54 36.3259899 136.3559484 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259713 136.3556422 9.14 36.325822 136.355656 9.14 36.325822 136.355656 17.54 36.3259713 136.3556422 17.54 36.3259713 136.3556422 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325822 136.355656 9.14 36.3258406 136.3559623 9.14 36.3258406 136.3559623 17.54 36.325822 136.355656 17.54 36.325822 136.355656 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258406 136.3559623 9.14 36.3259899 136.3559484 9.14 36.3259899 136.3559484 17.54 36.3258406 136.3559623 17.54 36.3258406 136.3559623 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259899 136.3559484 17.54 36.3259713 136.3556422 17.54 36.325822 136.355656 17.54 36.3258406 136.3559623 17.54 36.3259899 136.3559484 17.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">889.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">458.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-176</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_89fdd1db-7a28-44ed-bbbd-3e43208b8e62">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325983 136.356304 0 36.3259685 136.3560653 0 36.3258193 136.3560792 0 36.3258338 136.3563179 0 36.325983 136.356304 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258338 136.3563179 9.17 36.3258193 136.3560792 9.17 36.3259685 136.3560653 9.17 36.325983 136.356304 9.17 36.3258338 136.3563179 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325983 136.356304 9.17 36.3259685 136.3560653 9.17 36.3259685 136.3560653 17.57 36.325983 136.356304 17.57 36.325983 136.356304 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259685 136.3560653 9.17 36.3258193 136.3560792 9.17 36.3258193 136.3560792 17.57 36.3259685 136.3560653 17.57 36.3259685 136.3560653 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258193 136.3560792 9.17 36.3258338 136.3563179 9.17 36.3258338 136.3563179 17.57 36.3258193 136.3560792 17.57 36.3258193 136.3560792 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258338 136.3563179 9.17 36.325983 136.356304 9.17 36.325983 136.356304 17.57 36.3258338 136.3563179 17.57 36.3258338 136.3563179 9.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325983 136.356304 17.57 36.3259685 136.3560653 17.57 36.3258193 136.3560792 17.57 36.3258338 136.3563179 17.57 36.325983 136.356304 17.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">637.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">356.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-177</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d11338f7-4704-4382-b576-ab9b79d6b3a2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259469 136.3568104 0 36.325922 136.3563992 0 36.3257057 136.3564192 0 36.3257306 136.3568304 0 36.3259469 136.3568104 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257306 136.3568304 9.22 36.3257057 136.3564192 9.22 36.325922 136.3563992 9.22 36.3259469 136.3568104 9.22 36.3257306 136.3568304 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259469 136.3568104 9.22 36.325922 136.3563992 9.22 36.325922 136.3563992 19.39 36.3259469 136.3568104 19.39 36.3259469 136.3568104 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325922 136.3563992 9.22 36.3257057 136.3564192 9.22 36.3257057 136.3564192 19.39 36.325922 136.3563992 19.39 36.325922 136.3563992 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257057 136.3564192 9.22 36.3257306 136.3568304 9.22 36.3257306 136.3568304 19.39 36.3257057 136.3564192 19.39 36.3257057 136.3564192 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257306 136.3568304 9.22 36.3259469 136.3568104 9.22 36.3259469 136.3568104 19.39 36.3257306 136.3568304 19.39 36.3257306 136.3568304 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259469 136.3568104 19.39 36.325922 136.3563992 19.39 36.3257057 136.3564192 19.39 36.3257306 136.3568304 19.39 36.3259469 136.3568104 19.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1606.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">891.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-178</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_677a7dcd-fc5f-4843-8f86-bba6420b41f2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262313 136.3569937 0 36.3262391 136.3571223 0 36.3263106 136.3571157 0 36.3263028 136.3569871 0 36.3262313 136.3569937 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263028 136.3569871 9.26 36.3263106 136.3571157 9.26 36.3262391 136.3571223 9.26 36.3262313 136.3569937 9.26 36.3263028 136.3569871 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262313 136.3569937 9.26 36.3262391 136.3571223 9.26 36.3262391 136.3571223 15.8 36.3262313 136.3569937 15.8 36.3262313 136.3569937 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262391 136.3571223 9.26 36.3263106 136.3571157 9.26 36.3263106 136.3571157 15.8 36.3262391 136.3571223 15.8 36.3262391 136.3571223 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263106 136.3571157 9.26 36.3263028 136.3569871 9.26 36.3263028 136.3569871 15.8 36.3263106 136.3571157 15.8 36.3263106 136.3571157 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263028 136.3569871 9.26 36.3262313 136.3569937 9.26 36.3262313 136.3569937 15.8 36.3263028 136.3569871 15.8 36.3263028 136.3569871 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262313 136.3569937 15.8 36.3262391 136.3571223 15.8 36.3263106 136.3571157 15.8 36.3263028 136.3569871 15.8 36.3262313 136.3569937 15.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">159.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-179</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c629257d-b43b-42f2-bfb3-6cf8604fb7cc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262688 136.3576412 0 36.3262878 136.3579548 0 36.3264059 136.3579439 0 36.3263869 136.3576303 0 36.3262688 136.3576412 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263869 136.3576303 9.36 36.3264059 136.3579439 9.36 36.3262878 136.3579548 9.36 36.3262688 136.3576412 9.36 36.3263869 136.3576303 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262688 136.3576412 9.36 36.3262878 136.3579548 9.36 36.3262878 136.3579548 17.76 36.3262688 136.3576412 17.76 36.3262688 136.3576412 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262878 136.3579548 9.36 36.3264059 136.3579439 9.36 36.3264059 136.3579439 17.76 36.3262878 136.3579548 17.76 36.3262878 136.3579548 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264059 136.3579439 9.36 36.3263869 136.3576303 9.36 36.3263869 136.3576303 17.76 36.3264059 136.3579439 17.76 36.3264059 136.3579439 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263869 136.3576303 9.36 36.3262688 136.3576412 9.36 36.3262688 136.3576412 17.76 36.3263869 136.3576303 17.76 36.3263869 136.3576303 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262688 136.3576412 17.76 36.3262878 136.3579548 17.76 36.3264059 136.3579439 17.76 36.3263869 136.3576303 17.76 36.3262688 136.3576412 17.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.066</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">4.17</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">687.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">371.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-180</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_da673dcf-433b-4b22-a620-961fa87d2988">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326042 136.3571864 0 36.3260339 136.3570521 0 36.3259495 136.35706 0 36.3259577 136.3571942 0 36.326042 136.3571864 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259577 136.3571942 9.25 36.3259495 136.35706 9.25 36.3260339 136.3570521 9.25 36.326042 136.3571864 9.25 36.3259577 136.3571942 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326042 136.3571864 9.25 36.3260339 136.3570521 9.25 36.3260339 136.3570521 16.38 36.326042 136.3571864 16.38 36.326042 136.3571864 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260339 136.3570521 9.25 36.3259495 136.35706 9.25 36.3259495 136.35706 16.38 36.3260339 136.3570521 16.38 36.3260339 136.3570521 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259495 136.35706 9.25 36.3259577 136.3571942 9.25 36.3259577 136.3571942 16.38 36.3259495 136.35706 16.38 36.3259495 136.35706 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259577 136.3571942 9.25 36.326042 136.3571864 9.25 36.326042 136.3571864 16.38 36.3259577 136.3571942 16.38 36.3259577 136.3571942 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326042 136.3571864 16.38 36.3260339 136.3570521 16.38 36.3259495 136.35706 16.38 36.3259577 136.3571942 16.38 36.326042 136.3571864 16.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">226.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">113.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-181</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d59f3474-7a74-4ed6-9af9-e4cc9f52ba81">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259442 136.3571954 0 36.3259409 136.3571409 0 36.3259121 136.3571435 0 36.3259154 136.3571981 0 36.3259442 136.3571954 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259154 136.3571981 9.29 36.3259121 136.3571435 9.29 36.3259409 136.3571409 9.29 36.3259442 136.3571954 9.29 36.3259154 136.3571981 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259442 136.3571954 9.29 36.3259409 136.3571409 9.29 36.3259409 136.3571409 12.11 36.3259442 136.3571954 12.11 36.3259442 136.3571954 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259409 136.3571409 9.29 36.3259121 136.3571435 9.29 36.3259121 136.3571435 12.11 36.3259409 136.3571409 12.11 36.3259409 136.3571409 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259121 136.3571435 9.29 36.3259154 136.3571981 9.29 36.3259154 136.3571981 12.11 36.3259121 136.3571435 12.11 36.3259121 136.3571435 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259154 136.3571981 9.29 36.3259442 136.3571954 9.29 36.3259442 136.3571954 12.11 36.3259154 136.3571981 12.11 36.3259154 136.3571981 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259442 136.3571954 12.11 36.3259409 136.3571409 12.11 36.3259121 136.3571435 12.11 36.3259154 136.3571981 12.11 36.3259442 136.3571954 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">13.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">15.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-182</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_19c14943-01a8-4133-bd3f-9766663323cc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259836 136.3572751 0 36.3257196 136.3572996 0 36.3257354 136.3575599 0 36.3259993 136.3575354 0 36.3259836 136.3572751 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259993 136.3575354 9.3 36.3257354 136.3575599 9.3 36.3257196 136.3572996 9.3 36.3259836 136.3572751 9.3 36.3259993 136.3575354 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259836 136.3572751 9.3 36.3257196 136.3572996 9.3 36.3257196 136.3572996 14.85 36.3259836 136.3572751 14.85 36.3259836 136.3572751 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257196 136.3572996 9.3 36.3257354 136.3575599 9.3 36.3257354 136.3575599 14.85 36.3257196 136.3572996 14.85 36.3257196 136.3572996 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257354 136.3575599 9.3 36.3259993 136.3575354 9.3 36.3259993 136.3575354 14.85 36.3257354 136.3575599 14.85 36.3257354 136.3575599 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259993 136.3575354 9.3 36.3259836 136.3572751 9.3 36.3259836 136.3572751 14.85 36.3259993 136.3575354 14.85 36.3259993 136.3575354 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259836 136.3572751 14.85 36.3257196 136.3572996 14.85 36.3257354 136.3575599 14.85 36.3259993 136.3575354 14.85 36.3259836 136.3572751 14.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">606.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">688.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>0001</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-183</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7e01a3dc-9e06-45c9-89d4-ec1f0daca514">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">10.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259663 136.3576481 0 36.3257024 136.3576726 0 36.3257177 136.3579244 0 36.3259816 136.3578999 0 36.3259663 136.3576481 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259816 136.3578999 9.35 36.3257177 136.3579244 9.35 36.3257024 136.3576726 9.35 36.3259663 136.3576481 9.35 36.3259816 136.3578999 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259663 136.3576481 9.35 36.3257024 136.3576726 9.35 36.3257024 136.3576726 19.5 36.3259663 136.3576481 19.5 36.3259663 136.3576481 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257024 136.3576726 9.35 36.3257177 136.3579244 9.35 36.3257177 136.3579244 19.5 36.3257024 136.3576726 19.5 36.3257024 136.3576726 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257177 136.3579244 9.35 36.3259816 136.3578999 9.35 36.3259816 136.3578999 19.5 36.3257177 136.3579244 19.5 36.3257177 136.3579244 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259816 136.3578999 9.35 36.3259663 136.3576481 9.35 36.3259663 136.3576481 19.5 36.3259816 136.3578999 19.5 36.3259816 136.3578999 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259663 136.3576481 19.5 36.3257024 136.3576726 19.5 36.3257177 136.3579244 19.5 36.3259816 136.3578999 19.5 36.3259663 136.3576481 19.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.17</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">4.65</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1315.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">665.93</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-184</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_30a8240e-ef62-47b6-aed4-456126fe7136">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264389 136.3589389 0 36.3264757 136.3595461 0 36.3267451 136.3595212 0 36.3267082 136.358914 0 36.3264389 136.3589389 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267082 136.358914 9.08 36.3267451 136.3595212 9.08 36.3264757 136.3595461 9.08 36.3264389 136.3589389 9.08 36.3267082 136.358914 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264389 136.3589389 9.08 36.3264757 136.3595461 9.08 36.3264757 136.3595461 18.91 36.3264389 136.3589389 18.91 36.3264389 136.3589389 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264757 136.3595461 9.08 36.3267451 136.3595212 9.08 36.3267451 136.3595212 18.91 36.3264757 136.3595461 18.91 36.3264757 136.3595461 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267451 136.3595212 9.08 36.3267082 136.358914 9.08 36.3267082 136.358914 18.91 36.3267451 136.3595212 18.91 36.3267451 136.3595212 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267082 136.358914 9.08 36.3264389 136.3589389 9.08 36.3264389 136.3589389 18.91 36.3267082 136.358914 18.91 36.3267082 136.358914 9.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264389 136.3589389 18.91 36.3264757 136.3595461 18.91 36.3267451 136.3595212 18.91 36.3267082 136.358914 18.91 36.3264389 136.3589389 18.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.144</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">13.92</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1344.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1639.04</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-185</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_11b38ce3-7d8e-446c-9d71-b343653fe8d5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.5</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261654 136.358629 0 36.3261574 136.3584973 0 36.326058 136.3585065 0 36.326066 136.3586382 0 36.3261654 136.358629 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326066 136.3586382 9.49 36.326058 136.3585065 9.49 36.3261574 136.3584973 9.49 36.3261654 136.358629 9.49 36.326066 136.3586382 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261654 136.358629 9.49 36.3261574 136.3584973 9.49 36.3261574 136.3584973 18.98 36.3261654 136.358629 18.98 36.3261654 136.358629 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261574 136.3584973 9.49 36.326058 136.3585065 9.49 36.326058 136.3585065 18.98 36.3261574 136.3584973 18.98 36.3261574 136.3584973 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326058 136.3585065 9.49 36.326066 136.3586382 9.49 36.326066 136.3586382 18.98 36.326058 136.3585065 18.98 36.326058 136.3585065 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326066 136.3586382 9.49 36.3261654 136.358629 9.49 36.3261654 136.358629 18.98 36.326066 136.3586382 18.98 36.326066 136.3586382 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261654 136.358629 18.98 36.3261574 136.3584973 18.98 36.326058 136.3585065 18.98 36.326066 136.3586382 18.98 36.3261654 136.358629 18.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.778</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.68</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">323.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">131.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-186</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b4dcfb9-c78a-4e3f-82fd-c3b95df4574d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261553 136.3587758 0 36.3261485 136.3586639 0 36.3260619 136.3586719 0 36.3260687 136.3587838 0 36.3261553 136.3587758 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260687 136.3587838 9.47 36.3260619 136.3586719 9.47 36.3261485 136.3586639 9.47 36.3261553 136.3587758 9.47 36.3260687 136.3587838 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261553 136.3587758 9.47 36.3261485 136.3586639 9.47 36.3261485 136.3586639 13.65 36.3261553 136.3587758 13.65 36.3261553 136.3587758 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261485 136.3586639 9.47 36.3260619 136.3586719 9.47 36.3260619 136.3586719 13.65 36.3261485 136.3586639 13.65 36.3261485 136.3586639 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260619 136.3586719 9.47 36.3260687 136.3587838 9.47 36.3260687 136.3587838 13.65 36.3260619 136.3586719 13.65 36.3260619 136.3586719 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260687 136.3587838 9.47 36.3261553 136.3587758 9.47 36.3261553 136.3587758 13.65 36.3260687 136.3587838 13.65 36.3260687 136.3587838 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261553 136.3587758 13.65 36.3261485 136.3586639 13.65 36.3260619 136.3586719 13.65 36.3260687 136.3587838 13.65 36.3261553 136.3587758 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.904</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">11.02</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">87.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-187</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a755495a-0eac-49e6-a041-180a7d95357c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261613 136.3588649 0 36.3260776 136.3588726 0 36.3260832 136.3589635 0 36.3261668 136.3589557 0 36.3261613 136.3588649 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261668 136.3589557 9.38 36.3260832 136.3589635 9.38 36.3260776 136.3588726 9.38 36.3261613 136.3588649 9.38 36.3261668 136.3589557 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261613 136.3588649 9.38 36.3260776 136.3588726 9.38 36.3260776 136.3588726 16.19 36.3261613 136.3588649 16.19 36.3261613 136.3588649 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260776 136.3588726 9.38 36.3260832 136.3589635 9.38 36.3260832 136.3589635 16.19 36.3260776 136.3588726 16.19 36.3260776 136.3588726 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260832 136.3589635 9.38 36.3261668 136.3589557 9.38 36.3261668 136.3589557 16.19 36.3260832 136.3589635 16.19 36.3260832 136.3589635 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261668 136.3589557 9.38 36.3261613 136.3588649 9.38 36.3261613 136.3588649 16.19 36.3261668 136.3589557 16.19 36.3261668 136.3589557 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261613 136.3588649 16.19 36.3260776 136.3588726 16.19 36.3260832 136.3589635 16.19 36.3261668 136.3589557 16.19 36.3261613 136.3588649 16.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.891</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">12.72</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-188</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3857dcb0-f042-4460-b260-23ccf1028a24">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260779 136.3595456 0 36.3260467 136.3590314 0 36.3258789 136.359047 0 36.3259101 136.3595611 0 36.3260779 136.3595456 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259101 136.3595611 9.24 36.3258789 136.359047 9.24 36.3260467 136.3590314 9.24 36.3260779 136.3595456 9.24 36.3259101 136.3595611 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260779 136.3595456 9.24 36.3260467 136.3590314 9.24 36.3260467 136.3590314 15.41 36.3260779 136.3595456 15.41 36.3260779 136.3595456 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260467 136.3590314 9.24 36.3258789 136.359047 9.24 36.3258789 136.359047 15.41 36.3260467 136.3590314 15.41 36.3260467 136.3590314 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258789 136.359047 9.24 36.3259101 136.3595611 9.24 36.3259101 136.3595611 15.41 36.3258789 136.359047 15.41 36.3258789 136.359047 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259101 136.3595611 9.24 36.3260779 136.3595456 9.24 36.3260779 136.3595456 15.41 36.3259101 136.3595611 15.41 36.3259101 136.3595611 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260779 136.3595456 15.41 36.3260467 136.3590314 15.41 36.3258789 136.359047 15.41 36.3259101 136.3595611 15.41 36.3260779 136.3595456 15.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.292</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">16.89</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">750.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">864.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-189</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0f670778-aeee-47c2-adc9-3f000bc62ce6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263797 136.3598504 0 36.3263865 136.3599621 0 36.3264767 136.3599537 0 36.32647 136.359842 0 36.3263797 136.3598504 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32647 136.359842 9.13 36.3264767 136.3599537 9.13 36.3263865 136.3599621 9.13 36.3263797 136.3598504 9.13 36.32647 136.359842 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263797 136.3598504 9.13 36.3263865 136.3599621 9.13 36.3263865 136.3599621 19.38 36.3263797 136.3598504 19.38 36.3263797 136.3598504 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263865 136.3599621 9.13 36.3264767 136.3599537 9.13 36.3264767 136.3599537 19.38 36.3263865 136.3599621 19.38 36.3263865 136.3599621 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264767 136.3599537 9.13 36.32647 136.359842 9.13 36.32647 136.359842 19.38 36.3264767 136.3599537 19.38 36.3264767 136.3599537 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32647 136.359842 9.13 36.3263797 136.3598504 9.13 36.3263797 136.3598504 19.38 36.32647 136.359842 19.38 36.32647 136.359842 9.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263797 136.3598504 19.38 36.3263865 136.3599621 19.38 36.3264767 136.3599537 19.38 36.32647 136.359842 19.38 36.3263797 136.3598504 19.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.338</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">9.71</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.693</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">21.59</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">259.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-190</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2ab1a402-64d1-487e-bff4-86fc88c6dba1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264286 136.3600076 0 36.3264452 136.3602812 0 36.3265746 136.3602692 0 36.3265579 136.3599956 0 36.3264286 136.3600076 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265579 136.3599956 9.05 36.3265746 136.3602692 9.05 36.3264452 136.3602812 9.05 36.3264286 136.3600076 9.05 36.3265579 136.3599956 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264286 136.3600076 9.05 36.3264452 136.3602812 9.05 36.3264452 136.3602812 21.15 36.3264286 136.3600076 21.15 36.3264286 136.3600076 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264452 136.3602812 9.05 36.3265746 136.3602692 9.05 36.3265746 136.3602692 21.15 36.3264452 136.3602812 21.15 36.3264452 136.3602812 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265746 136.3602692 9.05 36.3265579 136.3599956 9.05 36.3265579 136.3599956 21.15 36.3265746 136.3602692 21.15 36.3265746 136.3602692 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265579 136.3599956 9.05 36.3264286 136.3600076 9.05 36.3264286 136.3600076 21.15 36.3265579 136.3599956 21.15 36.3265579 136.3599956 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264286 136.3600076 21.15 36.3264452 136.3602812 21.15 36.3265746 136.3602692 21.15 36.3265579 136.3599956 21.15 36.3264286 136.3600076 21.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.378</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">10.76</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.713</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">23.91</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">952.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">354.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-191</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e8a7f7fa-edc6-4070-99a3-d3279c69ef36">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265096 136.3605858 0 36.3265202 136.3607596 0 36.3265969 136.3607525 0 36.3265916 136.3606656 0 36.3266683 136.3606585 0 36.326663 136.3605716 0 36.3265096 136.3605858 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326663 136.3605716 8.68 36.3266683 136.3606585 8.68 36.3265916 136.3606656 8.68 36.3265969 136.3607525 8.68 36.3265202 136.3607596 8.68 36.3265096 136.3605858 8.68 36.326663 136.3605716 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265096 136.3605858 8.68 36.3265202 136.3607596 8.68 36.3265202 136.3607596 20.78 36.3265096 136.3605858 20.78 36.3265096 136.3605858 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265202 136.3607596 8.68 36.3265969 136.3607525 8.68 36.3265969 136.3607525 20.78 36.3265202 136.3607596 20.78 36.3265202 136.3607596 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265969 136.3607525 8.68 36.3265916 136.3606656 8.68 36.3265916 136.3606656 20.78 36.3265969 136.3607525 20.78 36.3265969 136.3607525 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265916 136.3606656 8.68 36.3266683 136.3606585 8.68 36.3266683 136.3606585 20.78 36.3265916 136.3606656 20.78 36.3265916 136.3606656 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266683 136.3606585 8.68 36.326663 136.3605716 8.68 36.326663 136.3605716 20.78 36.3266683 136.3606585 20.78 36.3266683 136.3606585 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326663 136.3605716 8.68 36.3265096 136.3605858 8.68 36.3265096 136.3605858 20.78 36.326663 136.3605716 20.78 36.326663 136.3605716 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265096 136.3605858 20.78 36.3265202 136.3607596 20.78 36.3265969 136.3607525 20.78 36.3265916 136.3606656 20.78 36.3266683 136.3606585 20.78 36.326663 136.3605716 20.78 36.3265096 136.3605858 20.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.761</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">13.37</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.253</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">29.72</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">562.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">200.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-192</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bf257859-ef0c-4a26-8343-01e53f62c99c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261945 136.3605236 0 36.3261651 136.36004 0 36.3260019 136.3600551 0 36.3260312 136.3605387 0 36.3261945 136.3605236 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260312 136.3605387 8.77 36.3260019 136.3600551 8.77 36.3261651 136.36004 8.77 36.3261945 136.3605236 8.77 36.3260312 136.3605387 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261945 136.3605236 8.77 36.3261651 136.36004 8.77 36.3261651 136.36004 17.8 36.3261945 136.3605236 17.8 36.3261945 136.3605236 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261651 136.36004 8.77 36.3260019 136.3600551 8.77 36.3260019 136.3600551 17.8 36.3261651 136.36004 17.8 36.3261651 136.36004 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260019 136.3600551 8.77 36.3260312 136.3605387 8.77 36.3260312 136.3605387 17.8 36.3260019 136.3600551 17.8 36.3260019 136.3600551 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260312 136.3605387 8.77 36.3261945 136.3605236 8.77 36.3261945 136.3605236 17.8 36.3260312 136.3605387 17.8 36.3260312 136.3605387 8.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261945 136.3605236 17.8 36.3261651 136.36004 17.8 36.3260019 136.3600551 17.8 36.3260312 136.3605387 17.8 36.3261945 136.3605236 17.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.633</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">12.54</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.949</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">27.87</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1528.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">791.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-193</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ad0229ba-b424-473e-927c-2f2442890802">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262613 136.3607791 0 36.3262553 136.3606798 0 36.3261888 136.360686 0 36.3261948 136.3607853 0 36.3262613 136.3607791 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261948 136.3607853 8.59 36.3261888 136.360686 8.59 36.3262553 136.3606798 8.59 36.3262613 136.3607791 8.59 36.3261948 136.3607853 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262613 136.3607791 8.59 36.3262553 136.3606798 8.59 36.3262553 136.3606798 14.97 36.3262613 136.3607791 14.97 36.3262613 136.3607791 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262553 136.3606798 8.59 36.3261888 136.360686 8.59 36.3261888 136.360686 14.97 36.3262553 136.3606798 14.97 36.3262553 136.3606798 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261888 136.360686 8.59 36.3261948 136.3607853 8.59 36.3261948 136.3607853 14.97 36.3261888 136.360686 14.97 36.3261888 136.360686 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261948 136.3607853 8.59 36.3262613 136.3607791 8.59 36.3262613 136.3607791 14.97 36.3261948 136.3607853 14.97 36.3261948 136.3607853 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262613 136.3607791 14.97 36.3262553 136.3606798 14.97 36.3261888 136.360686 14.97 36.3261948 136.3607853 14.97 36.3262613 136.3607791 14.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.92</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">14.75</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.309</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">32.78</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">116.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">66.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-194</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bb6a2ec9-03ab-4e4d-983e-790370cf3985">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265647 136.3613532 0 36.326578 136.3615727 0 36.3266489 136.3615661 0 36.3266422 136.3614564 0 36.326713 136.3614498 0 36.3267064 136.3613401 0 36.3265647 136.3613532 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267064 136.3613401 7.65 36.326713 136.3614498 7.65 36.3266422 136.3614564 7.65 36.3266489 136.3615661 7.65 36.326578 136.3615727 7.65 36.3265647 136.3613532 7.65 36.3267064 136.3613401 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265647 136.3613532 7.65 36.326578 136.3615727 7.65 36.326578 136.3615727 23.45 36.3265647 136.3613532 23.45 36.3265647 136.3613532 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326578 136.3615727 7.65 36.3266489 136.3615661 7.65 36.3266489 136.3615661 23.45 36.326578 136.3615727 23.45 36.326578 136.3615727 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266489 136.3615661 7.65 36.3266422 136.3614564 7.65 36.3266422 136.3614564 23.45 36.3266489 136.3615661 23.45 36.3266489 136.3615661 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266422 136.3614564 7.65 36.326713 136.3614498 7.65 36.326713 136.3614498 23.45 36.3266422 136.3614564 23.45 36.3266422 136.3614564 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326713 136.3614498 7.65 36.3267064 136.3613401 7.65 36.3267064 136.3613401 23.45 36.326713 136.3614498 23.45 36.326713 136.3614498 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267064 136.3613401 7.65 36.3265647 136.3613532 7.65 36.3265647 136.3613532 23.45 36.3267064 136.3613401 23.45 36.3267064 136.3613401 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265647 136.3613532 23.45 36.326578 136.3615727 23.45 36.3266489 136.3615661 23.45 36.3266422 136.3614564 23.45 36.326713 136.3614498 23.45 36.3267064 136.3613401 23.45 36.3265647 136.3613532 23.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.294</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">17.96</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.82</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">39.9</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">876.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">233.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-195</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_da284ce0-d062-4ff6-9f90-be9770e1c013">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">415</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250848 136.3544694 0 36.3251813 136.3544198 0 36.325144 136.3543093 0 36.3250475 136.354359 0 36.3250848 136.3544694 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250475 136.354359 9.27 36.325144 136.3543093 9.27 36.3251813 136.3544198 9.27 36.3250848 136.3544694 9.27 36.3250475 136.354359 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250848 136.3544694 9.27 36.3251813 136.3544198 9.27 36.3251813 136.3544198 15.66 36.3250848 136.3544694 15.66 36.3250848 136.3544694 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251813 136.3544198 9.27 36.325144 136.3543093 9.27 36.325144 136.3543093 15.66 36.3251813 136.3544198 15.66 36.3251813 136.3544198 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325144 136.3543093 9.27 36.3250475 136.354359 9.27 36.3250475 136.354359 15.66 36.325144 136.3543093 15.66 36.325144 136.3543093 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250475 136.354359 9.27 36.3250848 136.3544694 9.27 36.3250848 136.3544694 15.66 36.3250475 136.354359 15.66 36.3250475 136.354359 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250848 136.3544694 15.66 36.3251813 136.3544198 15.66 36.325144 136.3543093 15.66 36.3250475 136.354359 15.66 36.3250848 136.3544694 15.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">210.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">124.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-706</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_25b0b16b-3617-4ab9-8bca-7265d0deab1a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253021 136.3543267 0 36.3253872 136.3542829 0 36.3253596 136.354201 0 36.3252745 136.3542448 0 36.3253021 136.3543267 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252745 136.3542448 9.23 36.3253596 136.354201 9.23 36.3253872 136.3542829 9.23 36.3253021 136.3543267 9.23 36.3252745 136.3542448 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253021 136.3543267 9.23 36.3253872 136.3542829 9.23 36.3253872 136.3542829 16.12 36.3253021 136.3543267 16.12 36.3253021 136.3543267 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253872 136.3542829 9.23 36.3253596 136.354201 9.23 36.3253596 136.354201 16.12 36.3253872 136.3542829 16.12 36.3253872 136.3542829 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253596 136.354201 9.23 36.3252745 136.3542448 9.23 36.3252745 136.3542448 16.12 36.3253596 136.354201 16.12 36.3253596 136.354201 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252745 136.3542448 9.23 36.3253021 136.3543267 9.23 36.3253021 136.3543267 16.12 36.3252745 136.3542448 16.12 36.3252745 136.3542448 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253021 136.3543267 16.12 36.3253872 136.3542829 16.12 36.3253596 136.354201 16.12 36.3252745 136.3542448 16.12 36.3253021 136.3543267 16.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">145.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-707</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9b0fb35f-38f8-472f-ae58-cc5314547f6a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">415</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250016 136.3546854 0 36.32505 136.3548289 0 36.3251453 136.3547798 0 36.3250969 136.3546363 0 36.3250016 136.3546854 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250969 136.3546363 9.32 36.3251453 136.3547798 9.32 36.32505 136.3548289 9.32 36.3250016 136.3546854 9.32 36.3250969 136.3546363 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250016 136.3546854 9.32 36.32505 136.3548289 9.32 36.32505 136.3548289 16.96 36.3250016 136.3546854 16.96 36.3250016 136.3546854 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32505 136.3548289 9.32 36.3251453 136.3547798 9.32 36.3251453 136.3547798 16.96 36.32505 136.3548289 16.96 36.32505 136.3548289 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251453 136.3547798 9.32 36.3250969 136.3546363 9.32 36.3250969 136.3546363 16.96 36.3251453 136.3547798 16.96 36.3251453 136.3547798 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250969 136.3546363 9.32 36.3250016 136.3546854 9.32 36.3250016 136.3546854 16.96 36.3250969 136.3546363 16.96 36.3250969 136.3546363 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250016 136.3546854 16.96 36.32505 136.3548289 16.96 36.3251453 136.3547798 16.96 36.3250969 136.3546363 16.96 36.3250016 136.3546854 16.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">271.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">160.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-709</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a8d64f2e-8372-4458-af2d-d3d59e8c8325">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251444 136.3548693 0 36.3250756 136.3549047 0 36.325101 136.3549802 0 36.3251699 136.3549448 0 36.3251444 136.3548693 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251699 136.3549448 9.36 36.325101 136.3549802 9.36 36.3250756 136.3549047 9.36 36.3251444 136.3548693 9.36 36.3251699 136.3549448 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251444 136.3548693 9.36 36.3250756 136.3549047 9.36 36.3250756 136.3549047 15.84 36.3251444 136.3548693 15.84 36.3251444 136.3548693 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250756 136.3549047 9.36 36.325101 136.3549802 9.36 36.325101 136.3549802 15.84 36.3250756 136.3549047 15.84 36.3250756 136.3549047 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325101 136.3549802 9.36 36.3251699 136.3549448 9.36 36.3251699 136.3549448 15.84 36.325101 136.3549802 15.84 36.325101 136.3549802 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251699 136.3549448 9.36 36.3251444 136.3548693 9.36 36.3251444 136.3548693 15.84 36.3251699 136.3549448 15.84 36.3251699 136.3549448 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251444 136.3548693 15.84 36.3250756 136.3549047 15.84 36.325101 136.3549802 15.84 36.3251699 136.3549448 15.84 36.3251444 136.3548693 15.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">108.45</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">60.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-710</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_37fc541d-c6f4-4113-98e2-0a22f4848576">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252308 136.354575 0 36.3251275 136.3546282 0 36.3251548 136.3547091 0 36.3252581 136.3546559 0 36.3252308 136.354575 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252581 136.3546559 9.26 36.3251548 136.3547091 9.26 36.3251275 136.3546282 9.26 36.3252308 136.354575 9.26 36.3252581 136.3546559 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252308 136.354575 9.26 36.3251275 136.3546282 9.26 36.3251275 136.3546282 15.72 36.3252308 136.354575 15.72 36.3252308 136.354575 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251275 136.3546282 9.26 36.3251548 136.3547091 9.26 36.3251548 136.3547091 15.72 36.3251275 136.3546282 15.72 36.3251275 136.3546282 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251548 136.3547091 9.26 36.3252581 136.3546559 9.26 36.3252581 136.3546559 15.72 36.3251548 136.3547091 15.72 36.3251548 136.3547091 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252581 136.3546559 9.26 36.3252308 136.354575 9.26 36.3252308 136.354575 15.72 36.3252581 136.3546559 15.72 36.3252581 136.3546559 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252308 136.354575 15.72 36.3251275 136.3546282 15.72 36.3251548 136.3547091 15.72 36.3252581 136.3546559 15.72 36.3252308 136.354575 15.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">165.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-711</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d8e5c42d-77b0-43b0-9a43-c19dd5a74d37">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252631 136.3547258 0 36.3251756 136.3547709 0 36.3252005 136.3548448 0 36.325288 136.3547998 0 36.3252631 136.3547258 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325288 136.3547998 9.27 36.3252005 136.3548448 9.27 36.3251756 136.3547709 9.27 36.3252631 136.3547258 9.27 36.325288 136.3547998 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252631 136.3547258 9.27 36.3251756 136.3547709 9.27 36.3251756 136.3547709 14.81 36.3252631 136.3547258 14.81 36.3252631 136.3547258 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251756 136.3547709 9.27 36.3252005 136.3548448 9.27 36.3252005 136.3548448 14.81 36.3251756 136.3547709 14.81 36.3251756 136.3547709 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252005 136.3548448 9.27 36.325288 136.3547998 9.27 36.325288 136.3547998 14.81 36.3252005 136.3548448 14.81 36.3252005 136.3548448 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325288 136.3547998 9.27 36.3252631 136.3547258 9.27 36.3252631 136.3547258 14.81 36.325288 136.3547998 14.81 36.325288 136.3547998 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252631 136.3547258 14.81 36.3251756 136.3547709 14.81 36.3252005 136.3548448 14.81 36.325288 136.3547998 14.81 36.3252631 136.3547258 14.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">136.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-712</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_73942513-00ee-4031-af30-5ce0f51c0c0c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325338 136.3545152 0 36.3253776 136.3546327 0 36.3254543 136.3545932 0 36.3254147 136.3544757 0 36.325338 136.3545152 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254147 136.3544757 9.22 36.3254543 136.3545932 9.22 36.3253776 136.3546327 9.22 36.325338 136.3545152 9.22 36.3254147 136.3544757 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325338 136.3545152 9.22 36.3253776 136.3546327 9.22 36.3253776 136.3546327 16.59 36.325338 136.3545152 16.59 36.325338 136.3545152 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253776 136.3546327 9.22 36.3254543 136.3545932 9.22 36.3254543 136.3545932 16.59 36.3253776 136.3546327 16.59 36.3253776 136.3546327 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254543 136.3545932 9.22 36.3254147 136.3544757 9.22 36.3254147 136.3544757 16.59 36.3254543 136.3545932 16.59 36.3254543 136.3545932 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254147 136.3544757 9.22 36.325338 136.3545152 9.22 36.325338 136.3545152 16.59 36.3254147 136.3544757 16.59 36.3254147 136.3544757 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325338 136.3545152 16.59 36.3253776 136.3546327 16.59 36.3254543 136.3545932 16.59 36.3254147 136.3544757 16.59 36.325338 136.3545152 16.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">182.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-713</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_47337cfb-792f-468d-bec9-5da0f910c879">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32541 136.3547287 0 36.3254407 136.3548198 0 36.3255126 136.3547828 0 36.3254819 136.3546916 0 36.32541 136.3547287 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254819 136.3546916 9.26 36.3255126 136.3547828 9.26 36.3254407 136.3548198 9.26 36.32541 136.3547287 9.26 36.3254819 136.3546916 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32541 136.3547287 9.26 36.3254407 136.3548198 9.26 36.3254407 136.3548198 15.72 36.32541 136.3547287 15.72 36.32541 136.3547287 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254407 136.3548198 9.26 36.3255126 136.3547828 9.26 36.3255126 136.3547828 15.72 36.3254407 136.3548198 15.72 36.3254407 136.3548198 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255126 136.3547828 9.26 36.3254819 136.3546916 9.26 36.3254819 136.3546916 15.72 36.3255126 136.3547828 15.72 36.3255126 136.3547828 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254819 136.3546916 9.26 36.32541 136.3547287 9.26 36.32541 136.3547287 15.72 36.3254819 136.3546916 15.72 36.3254819 136.3546916 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32541 136.3547287 15.72 36.3254407 136.3548198 15.72 36.3255126 136.3547828 15.72 36.3254819 136.3546916 15.72 36.32541 136.3547287 15.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-714</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f7450e62-0a6f-4c07-a6e8-9aa9770e2983">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255234 136.3544203 0 36.3254335 136.3544666 0 36.3254581 136.3545394 0 36.325548 136.3544932 0 36.3255234 136.3544203 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325548 136.3544932 9.2 36.3254581 136.3545394 9.2 36.3254335 136.3544666 9.2 36.3255234 136.3544203 9.2 36.325548 136.3544932 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255234 136.3544203 9.2 36.3254335 136.3544666 9.2 36.3254335 136.3544666 15.51 36.3255234 136.3544203 15.51 36.3255234 136.3544203 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254335 136.3544666 9.2 36.3254581 136.3545394 9.2 36.3254581 136.3545394 15.51 36.3254335 136.3544666 15.51 36.3254335 136.3544666 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254581 136.3545394 9.2 36.325548 136.3544932 9.2 36.325548 136.3544932 15.51 36.3254581 136.3545394 15.51 36.3254581 136.3545394 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325548 136.3544932 9.2 36.3255234 136.3544203 9.2 36.3255234 136.3544203 15.51 36.325548 136.3544932 15.51 36.325548 136.3544932 9.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255234 136.3544203 15.51 36.3254335 136.3544666 15.51 36.3254581 136.3545394 15.51 36.325548 136.3544932 15.51 36.3255234 136.3544203 15.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-715</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_31d801c9-4b29-4ac2-9f48-0952cde90bd3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255774 136.3545709 0 36.3254848 136.3546186 0 36.3255122 136.3546998 0 36.3256048 136.3546521 0 36.3255774 136.3545709 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256048 136.3546521 9.23 36.3255122 136.3546998 9.23 36.3254848 136.3546186 9.23 36.3255774 136.3545709 9.23 36.3256048 136.3546521 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255774 136.3545709 9.23 36.3254848 136.3546186 9.23 36.3254848 136.3546186 16.09 36.3255774 136.3545709 16.09 36.3255774 136.3545709 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254848 136.3546186 9.23 36.3255122 136.3546998 9.23 36.3255122 136.3546998 16.09 36.3254848 136.3546186 16.09 36.3254848 136.3546186 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255122 136.3546998 9.23 36.3256048 136.3546521 9.23 36.3256048 136.3546521 16.09 36.3255122 136.3546998 16.09 36.3255122 136.3546998 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256048 136.3546521 9.23 36.3255774 136.3545709 9.23 36.3255774 136.3545709 16.09 36.3256048 136.3546521 16.09 36.3256048 136.3546521 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255774 136.3545709 16.09 36.3254848 136.3546186 16.09 36.3255122 136.3546998 16.09 36.3256048 136.3546521 16.09 36.3255774 136.3545709 16.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-716</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_51f3b311-b810-4a3d-be96-9e0aea1a98a6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256923 136.3541349 0 36.3257774 136.3540911 0 36.3257471 136.3540011 0 36.3256619 136.3540449 0 36.3256923 136.3541349 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256619 136.3540449 9.25 36.3257471 136.3540011 9.25 36.3257774 136.3540911 9.25 36.3256923 136.3541349 9.25 36.3256619 136.3540449 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256923 136.3541349 9.25 36.3257774 136.3540911 9.25 36.3257774 136.3540911 15.92 36.3256923 136.3541349 15.92 36.3256923 136.3541349 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257774 136.3540911 9.25 36.3257471 136.3540011 9.25 36.3257471 136.3540011 15.92 36.3257774 136.3540911 15.92 36.3257774 136.3540911 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257471 136.3540011 9.25 36.3256619 136.3540449 9.25 36.3256619 136.3540449 15.92 36.3257471 136.3540011 15.92 36.3257471 136.3540011 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256619 136.3540449 9.25 36.3256923 136.3541349 9.25 36.3256923 136.3541349 15.92 36.3256619 136.3540449 15.92 36.3256619 136.3540449 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256923 136.3541349 15.92 36.3257774 136.3540911 15.92 36.3257471 136.3540011 15.92 36.3256619 136.3540449 15.92 36.3256923 136.3541349 15.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">166.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-717</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_36e9969f-6fe9-4ee8-bccb-1743b8028690">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258752 136.3542754 0 36.3257979 136.3543152 0 36.3258237 136.3543915 0 36.3259009 136.3543517 0 36.3258752 136.3542754 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259009 136.3543517 9.28 36.3258237 136.3543915 9.28 36.3257979 136.3543152 9.28 36.3258752 136.3542754 9.28 36.3259009 136.3543517 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258752 136.3542754 9.28 36.3257979 136.3543152 9.28 36.3257979 136.3543152 16.05 36.3258752 136.3542754 16.05 36.3258752 136.3542754 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257979 136.3543152 9.28 36.3258237 136.3543915 9.28 36.3258237 136.3543915 16.05 36.3257979 136.3543152 16.05 36.3257979 136.3543152 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258237 136.3543915 9.28 36.3259009 136.3543517 9.28 36.3259009 136.3543517 16.05 36.3258237 136.3543915 16.05 36.3258237 136.3543915 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259009 136.3543517 9.28 36.3258752 136.3542754 9.28 36.3258752 136.3542754 16.05 36.3259009 136.3543517 16.05 36.3259009 136.3543517 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258752 136.3542754 16.05 36.3257979 136.3543152 16.05 36.3258237 136.3543915 16.05 36.3259009 136.3543517 16.05 36.3258752 136.3542754 16.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">135.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.94</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-718</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1db7423a-bff9-4cb5-8172-aad94f1e25f5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259061 136.3543671 0 36.3258706 136.3543854 0 36.3258845 136.3544269 0 36.3259201 136.3544086 0 36.3259061 136.3543671 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259201 136.3544086 9.29 36.3258845 136.3544269 9.29 36.3258706 136.3543854 9.29 36.3259061 136.3543671 9.29 36.3259201 136.3544086 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259061 136.3543671 9.29 36.3258706 136.3543854 9.29 36.3258706 136.3543854 11.84 36.3259061 136.3543671 11.84 36.3259061 136.3543671 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258706 136.3543854 9.29 36.3258845 136.3544269 9.29 36.3258845 136.3544269 11.84 36.3258706 136.3543854 11.84 36.3258706 136.3543854 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258845 136.3544269 9.29 36.3259201 136.3544086 9.29 36.3259201 136.3544086 11.84 36.3258845 136.3544269 11.84 36.3258845 136.3544269 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259201 136.3544086 9.29 36.3259061 136.3543671 9.29 36.3259061 136.3543671 11.84 36.3259201 136.3544086 11.84 36.3259201 136.3544086 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259061 136.3543671 11.84 36.3258706 136.3543854 11.84 36.3258845 136.3544269 11.84 36.3259201 136.3544086 11.84 36.3259061 136.3543671 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">15.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-719</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9d2a7502-0d41-4d8b-8925-1827442ced64">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325012 136.3561412 0 36.3250439 136.3562358 0 36.3251134 136.3562001 0 36.3250815 136.3561054 0 36.325012 136.3561412 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250815 136.3561054 9.5 36.3251134 136.3562001 9.5 36.3250439 136.3562358 9.5 36.325012 136.3561412 9.5 36.3250815 136.3561054 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325012 136.3561412 9.5 36.3250439 136.3562358 9.5 36.3250439 136.3562358 13.7 36.325012 136.3561412 13.7 36.325012 136.3561412 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250439 136.3562358 9.5 36.3251134 136.3562001 9.5 36.3251134 136.3562001 13.7 36.3250439 136.3562358 13.7 36.3250439 136.3562358 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251134 136.3562001 9.5 36.3250815 136.3561054 9.5 36.3250815 136.3561054 13.7 36.3251134 136.3562001 13.7 36.3251134 136.3562001 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250815 136.3561054 9.5 36.325012 136.3561412 9.5 36.325012 136.3561412 13.7 36.3250815 136.3561054 13.7 36.3250815 136.3561054 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325012 136.3561412 13.7 36.3250439 136.3562358 13.7 36.3251134 136.3562001 13.7 36.3250815 136.3561054 13.7 36.325012 136.3561412 13.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">74.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-829</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2f0037f7-b83d-4606-8421-552f3e89d373">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251797 136.3560485 0 36.3251066 136.3560861 0 36.3251336 136.3561664 0 36.3252067 136.3561287 0 36.3251797 136.3560485 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252067 136.3561287 9.49 36.3251336 136.3561664 9.49 36.3251066 136.3560861 9.49 36.3251797 136.3560485 9.49 36.3252067 136.3561287 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251797 136.3560485 9.49 36.3251066 136.3560861 9.49 36.3251066 136.3560861 13.74 36.3251797 136.3560485 13.74 36.3251797 136.3560485 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251066 136.3560861 9.49 36.3251336 136.3561664 9.49 36.3251336 136.3561664 13.74 36.3251066 136.3560861 13.74 36.3251066 136.3560861 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251336 136.3561664 9.49 36.3252067 136.3561287 9.49 36.3252067 136.3561287 13.74 36.3251336 136.3561664 13.74 36.3251336 136.3561664 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252067 136.3561287 9.49 36.3251797 136.3560485 9.49 36.3251797 136.3560485 13.74 36.3252067 136.3561287 13.74 36.3252067 136.3561287 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251797 136.3560485 13.74 36.3251066 136.3560861 13.74 36.3251336 136.3561664 13.74 36.3252067 136.3561287 13.74 36.3251797 136.3560485 13.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">68.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-830</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a197858e-2e7d-46f7-9d5e-f89c181c9997">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252413 136.3558367 0 36.3253145 136.355799 0 36.3252848 136.355711 0 36.3252116 136.3557487 0 36.3252413 136.3558367 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252116 136.3557487 9.54 36.3252848 136.355711 9.54 36.3253145 136.355799 9.54 36.3252413 136.3558367 9.54 36.3252116 136.3557487 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252413 136.3558367 9.54 36.3253145 136.355799 9.54 36.3253145 136.355799 16.4 36.3252413 136.3558367 16.4 36.3252413 136.3558367 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253145 136.355799 9.54 36.3252848 136.355711 9.54 36.3252848 136.355711 16.4 36.3253145 136.355799 16.4 36.3253145 136.355799 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252848 136.355711 9.54 36.3252116 136.3557487 9.54 36.3252116 136.3557487 16.4 36.3252848 136.355711 16.4 36.3252848 136.355711 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252116 136.3557487 9.54 36.3252413 136.3558367 9.54 36.3252413 136.3558367 16.4 36.3252116 136.3557487 16.4 36.3252116 136.3557487 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252413 136.3558367 16.4 36.3253145 136.355799 16.4 36.3252848 136.355711 16.4 36.3252116 136.3557487 16.4 36.3252413 136.3558367 16.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-831</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cbb24a5d-a9b0-4407-b3e2-021acbce0e53">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253726 136.3559596 0 36.3252919 136.3560011 0 36.3253208 136.3560867 0 36.3254014 136.3560452 0 36.3253726 136.3559596 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254014 136.3560452 9.45 36.3253208 136.3560867 9.45 36.3252919 136.3560011 9.45 36.3253726 136.3559596 9.45 36.3254014 136.3560452 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253726 136.3559596 9.45 36.3252919 136.3560011 9.45 36.3252919 136.3560011 16.15 36.3253726 136.3559596 16.15 36.3253726 136.3559596 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252919 136.3560011 9.45 36.3253208 136.3560867 9.45 36.3253208 136.3560867 16.15 36.3252919 136.3560011 16.15 36.3252919 136.3560011 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253208 136.3560867 9.45 36.3254014 136.3560452 9.45 36.3254014 136.3560452 16.15 36.3253208 136.3560867 16.15 36.3253208 136.3560867 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254014 136.3560452 9.45 36.3253726 136.3559596 9.45 36.3253726 136.3559596 16.15 36.3254014 136.3560452 16.15 36.3254014 136.3560452 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253726 136.3559596 16.15 36.3252919 136.3560011 16.15 36.3253208 136.3560867 16.15 36.3254014 136.3560452 16.15 36.3253726 136.3559596 16.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-832</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0986e38e-0f8e-4b2c-a68b-5e0830e8ff0a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325416 136.3561068 0 36.3253407 136.3561456 0 36.3253708 136.3562349 0 36.3254461 136.3561961 0 36.325416 136.3561068 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254461 136.3561961 9.4 36.3253708 136.3562349 9.4 36.3253407 136.3561456 9.4 36.325416 136.3561068 9.4 36.3254461 136.3561961 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325416 136.3561068 9.4 36.3253407 136.3561456 9.4 36.3253407 136.3561456 16.32 36.325416 136.3561068 16.32 36.325416 136.3561068 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253407 136.3561456 9.4 36.3253708 136.3562349 9.4 36.3253708 136.3562349 16.32 36.3253407 136.3561456 16.32 36.3253407 136.3561456 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253708 136.3562349 9.4 36.3254461 136.3561961 9.4 36.3254461 136.3561961 16.32 36.3253708 136.3562349 16.32 36.3253708 136.3562349 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254461 136.3561961 9.4 36.325416 136.3561068 9.4 36.325416 136.3561068 16.32 36.3254461 136.3561961 16.32 36.3254461 136.3561961 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325416 136.3561068 16.32 36.3253407 136.3561456 16.32 36.3253708 136.3562349 16.32 36.3254461 136.3561961 16.32 36.325416 136.3561068 16.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">134.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-833</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_16f90873-44d7-473c-8df1-0237ff320857">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255392 136.3558526 0 36.3254356 136.355906 0 36.3254747 136.3560221 0 36.3255783 136.3559688 0 36.3255392 136.3558526 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255783 136.3559688 9.39 36.3254747 136.3560221 9.39 36.3254356 136.355906 9.39 36.3255392 136.3558526 9.39 36.3255783 136.3559688 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255392 136.3558526 9.39 36.3254356 136.355906 9.39 36.3254356 136.355906 15.39 36.3255392 136.3558526 15.39 36.3255392 136.3558526 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254356 136.355906 9.39 36.3254747 136.3560221 9.39 36.3254747 136.3560221 15.39 36.3254356 136.355906 15.39 36.3254356 136.355906 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254747 136.3560221 9.39 36.3255783 136.3559688 9.39 36.3255783 136.3559688 15.39 36.3254747 136.3560221 15.39 36.3254747 136.3560221 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255783 136.3559688 9.39 36.3255392 136.3558526 9.39 36.3255392 136.3558526 15.39 36.3255783 136.3559688 15.39 36.3255783 136.3559688 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255392 136.3558526 15.39 36.3254356 136.355906 15.39 36.3254747 136.3560221 15.39 36.3255783 136.3559688 15.39 36.3255392 136.3558526 15.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">261.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">140.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-834</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_298202a2-d247-4700-ba1c-59e8354b8e4f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255636 136.3560384 0 36.3254926 136.356075 0 36.3255185 136.356152 0 36.3255896 136.3561154 0 36.3255636 136.3560384 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255896 136.3561154 9.35 36.3255185 136.356152 9.35 36.3254926 136.356075 9.35 36.3255636 136.3560384 9.35 36.3255896 136.3561154 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255636 136.3560384 9.35 36.3254926 136.356075 9.35 36.3254926 136.356075 16.02 36.3255636 136.3560384 16.02 36.3255636 136.3560384 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254926 136.356075 9.35 36.3255185 136.356152 9.35 36.3255185 136.356152 16.02 36.3254926 136.356075 16.02 36.3254926 136.356075 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255185 136.356152 9.35 36.3255896 136.3561154 9.35 36.3255896 136.3561154 16.02 36.3255185 136.356152 16.02 36.3255185 136.356152 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255896 136.3561154 9.35 36.3255636 136.3560384 9.35 36.3255636 136.3560384 16.02 36.3255896 136.3561154 16.02 36.3255896 136.3561154 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255636 136.3560384 16.02 36.3254926 136.356075 16.02 36.3255185 136.356152 16.02 36.3255896 136.3561154 16.02 36.3255636 136.3560384 16.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-835</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9991fd59-5e9d-49cb-befd-1de4f63526b4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261593 136.3553466 0 36.3262305 136.3553099 0 36.3262011 136.3552229 0 36.32613 136.3552595 0 36.3261593 136.3553466 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32613 136.3552595 9.05 36.3262011 136.3552229 9.05 36.3262305 136.3553099 9.05 36.3261593 136.3553466 9.05 36.32613 136.3552595 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261593 136.3553466 9.05 36.3262305 136.3553099 9.05 36.3262305 136.3553099 13.2 36.3261593 136.3553466 13.2 36.3261593 136.3553466 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262305 136.3553099 9.05 36.3262011 136.3552229 9.05 36.3262011 136.3552229 13.2 36.3262305 136.3553099 13.2 36.3262305 136.3553099 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262011 136.3552229 9.05 36.32613 136.3552595 9.05 36.32613 136.3552595 13.2 36.3262011 136.3552229 13.2 36.3262011 136.3552229 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32613 136.3552595 9.05 36.3261593 136.3553466 9.05 36.3261593 136.3553466 13.2 36.32613 136.3552595 13.2 36.32613 136.3552595 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261593 136.3553466 13.2 36.3262305 136.3553099 13.2 36.3262011 136.3552229 13.2 36.32613 136.3552595 13.2 36.3261593 136.3553466 13.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">65.44</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-836</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8f9cbd9b-46f4-4938-8874-191b2975c75e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263207 136.3554667 0 36.3262346 136.3555111 0 36.3262599 136.3555861 0 36.3263459 136.3555417 0 36.3263207 136.3554667 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263459 136.3555417 8.92 36.3262599 136.3555861 8.92 36.3262346 136.3555111 8.92 36.3263207 136.3554667 8.92 36.3263459 136.3555417 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263207 136.3554667 8.92 36.3262346 136.3555111 8.92 36.3262346 136.3555111 15.88 36.3263207 136.3554667 15.88 36.3263207 136.3554667 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262346 136.3555111 8.92 36.3262599 136.3555861 8.92 36.3262599 136.3555861 15.88 36.3262346 136.3555111 15.88 36.3262346 136.3555111 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262599 136.3555861 8.92 36.3263459 136.3555417 8.92 36.3263459 136.3555417 15.88 36.3262599 136.3555861 15.88 36.3262599 136.3555861 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263459 136.3555417 8.92 36.3263207 136.3554667 8.92 36.3263207 136.3554667 15.88 36.3263459 136.3555417 15.88 36.3263459 136.3555417 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263207 136.3554667 15.88 36.3262346 136.3555111 15.88 36.3262599 136.3555861 15.88 36.3263459 136.3555417 15.88 36.3263207 136.3554667 15.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-837</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5eba4a09-ad89-4319-9aba-080d2c74a7bb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261167 136.3597036 0 36.326085 136.3596097 0 36.3260154 136.3596455 0 36.3260471 136.3597395 0 36.3261167 136.3597036 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260471 136.3597395 9.21 36.3260154 136.3596455 9.21 36.326085 136.3596097 9.21 36.3261167 136.3597036 9.21 36.3260471 136.3597395 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261167 136.3597036 9.21 36.326085 136.3596097 9.21 36.326085 136.3596097 12.93 36.3261167 136.3597036 12.93 36.3261167 136.3597036 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326085 136.3596097 9.21 36.3260154 136.3596455 9.21 36.3260154 136.3596455 12.93 36.326085 136.3596097 12.93 36.326085 136.3596097 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260154 136.3596455 9.21 36.3260471 136.3597395 9.21 36.3260471 136.3597395 12.93 36.3260154 136.3596455 12.93 36.3260154 136.3596455 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260471 136.3597395 9.21 36.3261167 136.3597036 9.21 36.3261167 136.3597036 12.93 36.3260471 136.3597395 12.93 36.3260471 136.3597395 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261167 136.3597036 12.93 36.326085 136.3596097 12.93 36.3260154 136.3596455 12.93 36.3260471 136.3597395 12.93 36.3261167 136.3597036 12.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.283</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">9.35</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.608</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">20.78</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">64.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-846</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8293392c-b24b-4726-a9b6-fefaa3cdb46c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262008 136.3598539 0 36.3261062 136.3599026 0 36.3261391 136.3600002 0 36.3262337 136.3599515 0 36.3262008 136.3598539 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262337 136.3599515 9.14 36.3261391 136.3600002 9.14 36.3261062 136.3599026 9.14 36.3262008 136.3598539 9.14 36.3262337 136.3599515 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262008 136.3598539 9.14 36.3261062 136.3599026 9.14 36.3261062 136.3599026 15.77 36.3262008 136.3598539 15.77 36.3262008 136.3598539 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261062 136.3599026 9.14 36.3261391 136.3600002 9.14 36.3261391 136.3600002 15.77 36.3261062 136.3599026 15.77 36.3261062 136.3599026 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261391 136.3600002 9.14 36.3262337 136.3599515 9.14 36.3262337 136.3599515 15.77 36.3261391 136.3600002 15.77 36.3261391 136.3600002 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262337 136.3599515 9.14 36.3262008 136.3598539 9.14 36.3262008 136.3598539 15.77 36.3262337 136.3599515 15.77 36.3262337 136.3599515 9.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262008 136.3598539 15.77 36.3261062 136.3599026 15.77 36.3261391 136.3600002 15.77 36.3262337 136.3599515 15.77 36.3262008 136.3598539 15.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.418</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">10.43</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.847</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">23.18</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.98</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">107.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-847</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_07ef5cb4-973d-437a-a231-641117b781ca">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325064 136.3517589 0 36.325096 136.3518538 0 36.3251694 136.351816 0 36.3251374 136.3517211 0 36.325064 136.3517589 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251374 136.3517211 9.51 36.3251694 136.351816 9.51 36.325096 136.3518538 9.51 36.325064 136.3517589 9.51 36.3251374 136.3517211 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325064 136.3517589 9.51 36.325096 136.3518538 9.51 36.325096 136.3518538 16.57 36.325064 136.3517589 16.57 36.325064 136.3517589 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325096 136.3518538 9.51 36.3251694 136.351816 9.51 36.3251694 136.351816 16.57 36.325096 136.3518538 16.57 36.325096 136.3518538 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251694 136.351816 9.51 36.3251374 136.3517211 9.51 36.3251374 136.3517211 16.57 36.3251694 136.351816 16.57 36.3251694 136.351816 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251374 136.3517211 9.51 36.325064 136.3517589 9.51 36.325064 136.3517589 16.57 36.3251374 136.3517211 16.57 36.3251374 136.3517211 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325064 136.3517589 16.57 36.325096 136.3518538 16.57 36.3251694 136.351816 16.57 36.3251374 136.3517211 16.57 36.325064 136.3517589 16.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">147.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1061</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ee066424-45a7-40f1-8c63-15ab36093ded">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250715 136.3519312 0 36.3251061 136.3520338 0 36.3251874 136.351992 0 36.3251528 136.3518893 0 36.3250715 136.3519312 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251528 136.3518893 9.53 36.3251874 136.351992 9.53 36.3251061 136.3520338 9.53 36.3250715 136.3519312 9.53 36.3251528 136.3518893 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250715 136.3519312 9.53 36.3251061 136.3520338 9.53 36.3251061 136.3520338 15.97 36.3250715 136.3519312 15.97 36.3250715 136.3519312 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251061 136.3520338 9.53 36.3251874 136.351992 9.53 36.3251874 136.351992 15.97 36.3251061 136.3520338 15.97 36.3251061 136.3520338 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251874 136.351992 9.53 36.3251528 136.3518893 9.53 36.3251528 136.3518893 15.97 36.3251874 136.351992 15.97 36.3251874 136.351992 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251528 136.3518893 9.53 36.3250715 136.3519312 9.53 36.3250715 136.3519312 15.97 36.3251528 136.3518893 15.97 36.3251528 136.3518893 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250715 136.3519312 15.97 36.3251061 136.3520338 15.97 36.3251874 136.351992 15.97 36.3251528 136.3518893 15.97 36.3250715 136.3519312 15.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1063</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_69bf8e5f-3ad9-4156-a51a-345ddfe7aa3d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250052 136.3521821 0 36.3250342 136.3522681 0 36.3251036 136.3522324 0 36.3250746 136.3521464 0 36.3250052 136.3521821 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250746 136.3521464 9.53 36.3251036 136.3522324 9.53 36.3250342 136.3522681 9.53 36.3250052 136.3521821 9.53 36.3250746 136.3521464 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250052 136.3521821 9.53 36.3250342 136.3522681 9.53 36.3250342 136.3522681 16.05 36.3250052 136.3521821 16.05 36.3250052 136.3521821 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250342 136.3522681 9.53 36.3251036 136.3522324 9.53 36.3251036 136.3522324 16.05 36.3250342 136.3522681 16.05 36.3250342 136.3522681 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251036 136.3522324 9.53 36.3250746 136.3521464 9.53 36.3250746 136.3521464 16.05 36.3251036 136.3522324 16.05 36.3251036 136.3522324 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250746 136.3521464 9.53 36.3250052 136.3521821 9.53 36.3250052 136.3521821 16.05 36.3250746 136.3521464 16.05 36.3250746 136.3521464 9.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250052 136.3521821 16.05 36.3250342 136.3522681 16.05 36.3251036 136.3522324 16.05 36.3250746 136.3521464 16.05 36.3250052 136.3521821 16.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1064</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_acdb8df0-cb82-4b32-b5ef-8a87a41c69aa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251438 136.3521108 0 36.32518 136.3522183 0 36.3252438 136.3521855 0 36.3252076 136.3520779 0 36.3251438 136.3521108 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252076 136.3520779 9.52 36.3252438 136.3521855 9.52 36.32518 136.3522183 9.52 36.3251438 136.3521108 9.52 36.3252076 136.3520779 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251438 136.3521108 9.52 36.32518 136.3522183 9.52 36.32518 136.3522183 15.78 36.3251438 136.3521108 15.78 36.3251438 136.3521108 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32518 136.3522183 9.52 36.3252438 136.3521855 9.52 36.3252438 136.3521855 15.78 36.32518 136.3522183 15.78 36.32518 136.3522183 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252438 136.3521855 9.52 36.3252076 136.3520779 9.52 36.3252076 136.3520779 15.78 36.3252438 136.3521855 15.78 36.3252438 136.3521855 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252076 136.3520779 9.52 36.3251438 136.3521108 9.52 36.3251438 136.3521108 15.78 36.3252076 136.3520779 15.78 36.3252076 136.3520779 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251438 136.3521108 15.78 36.32518 136.3522183 15.78 36.3252438 136.3521855 15.78 36.3252076 136.3520779 15.78 36.3251438 136.3521108 15.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">152.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1065</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ae78d3c7-bb78-442b-8386-c112f000c928">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250709 136.3523521 0 36.3251134 136.3524783 0 36.3251743 136.3524469 0 36.3251317 136.3523207 0 36.3250709 136.3523521 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251317 136.3523207 9.49 36.3251743 136.3524469 9.49 36.3251134 136.3524783 9.49 36.3250709 136.3523521 9.49 36.3251317 136.3523207 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250709 136.3523521 9.49 36.3251134 136.3524783 9.49 36.3251134 136.3524783 16.09 36.3250709 136.3523521 16.09 36.3250709 136.3523521 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251134 136.3524783 9.49 36.3251743 136.3524469 9.49 36.3251743 136.3524469 16.09 36.3251134 136.3524783 16.09 36.3251134 136.3524783 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251743 136.3524469 9.49 36.3251317 136.3523207 9.49 36.3251317 136.3523207 16.09 36.3251743 136.3524469 16.09 36.3251743 136.3524469 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251317 136.3523207 9.49 36.3250709 136.3523521 9.49 36.3250709 136.3523521 16.09 36.3251317 136.3523207 16.09 36.3251317 136.3523207 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250709 136.3523521 16.09 36.3251134 136.3524783 16.09 36.3251743 136.3524469 16.09 36.3251317 136.3523207 16.09 36.3250709 136.3523521 16.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">171.31</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1066</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0612a3fe-13e0-4d4c-90e2-19827f13287c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1958</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251233 136.3525693 0 36.3251619 136.3526835 0 36.3252347 136.352646 0 36.3251961 136.3525318 0 36.3251233 136.3525693 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251961 136.3525318 9.45 36.3252347 136.352646 9.45 36.3251619 136.3526835 9.45 36.3251233 136.3525693 9.45 36.3251961 136.3525318 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251233 136.3525693 9.45 36.3251619 136.3526835 9.45 36.3251619 136.3526835 15.78 36.3251233 136.3525693 15.78 36.3251233 136.3525693 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251619 136.3526835 9.45 36.3252347 136.352646 9.45 36.3252347 136.352646 15.78 36.3251619 136.3526835 15.78 36.3251619 136.3526835 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252347 136.352646 9.45 36.3251961 136.3525318 9.45 36.3251961 136.3525318 15.78 36.3252347 136.352646 15.78 36.3252347 136.352646 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251961 136.3525318 9.45 36.3251233 136.3525693 9.45 36.3251233 136.3525693 15.78 36.3251961 136.3525318 15.78 36.3251961 136.3525318 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251233 136.3525693 15.78 36.3251619 136.3526835 15.78 36.3252347 136.352646 15.78 36.3251961 136.3525318 15.78 36.3251233 136.3525693 15.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">192.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.24</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1067</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1c4186be-6697-4c7d-b71d-abe34ebf1cae">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251861 136.3527727 0 36.3252272 136.3528946 0 36.325298 136.3528582 0 36.3252569 136.3527363 0 36.3251861 136.3527727 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252569 136.3527363 9.42 36.325298 136.3528582 9.42 36.3252272 136.3528946 9.42 36.3251861 136.3527727 9.42 36.3252569 136.3527363 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251861 136.3527727 9.42 36.3252272 136.3528946 9.42 36.3252272 136.3528946 16.16 36.3251861 136.3527727 16.16 36.3251861 136.3527727 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252272 136.3528946 9.42 36.325298 136.3528582 9.42 36.325298 136.3528582 16.16 36.3252272 136.3528946 16.16 36.3252272 136.3528946 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325298 136.3528582 9.42 36.3252569 136.3527363 9.42 36.3252569 136.3527363 16.16 36.325298 136.3528582 16.16 36.325298 136.3528582 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252569 136.3527363 9.42 36.3251861 136.3527727 9.42 36.3251861 136.3527727 16.16 36.3252569 136.3527363 16.16 36.3252569 136.3527363 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251861 136.3527727 16.16 36.3252272 136.3528946 16.16 36.325298 136.3528582 16.16 36.3252569 136.3527363 16.16 36.3251861 136.3527727 16.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1068</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f32e6281-7bc8-42ff-addc-0a380e094ef1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250561 136.3528827 0 36.3250226 136.3527834 0 36.3249479 136.3528218 0 36.3249814 136.3529212 0 36.3250561 136.3528827 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249814 136.3529212 9.43 36.3249479 136.3528218 9.43 36.3250226 136.3527834 9.43 36.3250561 136.3528827 9.43 36.3249814 136.3529212 9.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250561 136.3528827 9.43 36.3250226 136.3527834 9.43 36.3250226 136.3527834 13.74 36.3250561 136.3528827 13.74 36.3250561 136.3528827 9.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250226 136.3527834 9.43 36.3249479 136.3528218 9.43 36.3249479 136.3528218 13.74 36.3250226 136.3527834 13.74 36.3250226 136.3527834 9.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249479 136.3528218 9.43 36.3249814 136.3529212 9.43 36.3249814 136.3529212 13.74 36.3249479 136.3528218 13.74 36.3249479 136.3528218 9.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249814 136.3529212 9.43 36.3250561 136.3528827 9.43 36.3250561 136.3528827 13.74 36.3249814 136.3529212 13.74 36.3249814 136.3529212 9.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250561 136.3528827 13.74 36.3250226 136.3527834 13.74 36.3249479 136.3528218 13.74 36.3249814 136.3529212 13.74 36.3250561 136.3528827 13.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">85.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1074</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cc88fcec-e0bd-43a6-94d9-62f6af56a2c5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253069 136.3530977 0 36.3253374 136.3531881 0 36.3254013 136.3531551 0 36.3253709 136.3530648 0 36.3253069 136.3530977 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253709 136.3530648 9.36 36.3254013 136.3531551 9.36 36.3253374 136.3531881 9.36 36.3253069 136.3530977 9.36 36.3253709 136.3530648 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253069 136.3530977 9.36 36.3253374 136.3531881 9.36 36.3253374 136.3531881 15.7 36.3253069 136.3530977 15.7 36.3253069 136.3530977 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253374 136.3531881 9.36 36.3254013 136.3531551 9.36 36.3254013 136.3531551 15.7 36.3253374 136.3531881 15.7 36.3253374 136.3531881 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254013 136.3531551 9.36 36.3253709 136.3530648 9.36 36.3253709 136.3530648 15.7 36.3254013 136.3531551 15.7 36.3254013 136.3531551 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253709 136.3530648 9.36 36.3253069 136.3530977 9.36 36.3253069 136.3530977 15.7 36.3253709 136.3530648 15.7 36.3253709 136.3530648 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253069 136.3530977 15.7 36.3253374 136.3531881 15.7 36.3254013 136.3531551 15.7 36.3253709 136.3530648 15.7 36.3253069 136.3530977 15.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">126.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1075</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4ab9018c-89f0-46bd-9f0b-4675c1deb01a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325382 136.3532535 0 36.3254157 136.3533532 0 36.3254929 136.3533135 0 36.3254593 136.3532137 0 36.325382 136.3532535 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254593 136.3532137 9.34 36.3254929 136.3533135 9.34 36.3254157 136.3533532 9.34 36.325382 136.3532535 9.34 36.3254593 136.3532137 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325382 136.3532535 9.34 36.3254157 136.3533532 9.34 36.3254157 136.3533532 15.88 36.325382 136.3532535 15.88 36.325382 136.3532535 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254157 136.3533532 9.34 36.3254929 136.3533135 9.34 36.3254929 136.3533135 15.88 36.3254157 136.3533532 15.88 36.3254157 136.3533532 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254929 136.3533135 9.34 36.3254593 136.3532137 9.34 36.3254593 136.3532137 15.88 36.3254929 136.3533135 15.88 36.3254929 136.3533135 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254593 136.3532137 9.34 36.325382 136.3532535 9.34 36.325382 136.3532535 15.88 36.3254593 136.3532137 15.88 36.3254593 136.3532137 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325382 136.3532535 15.88 36.3254157 136.3533532 15.88 36.3254929 136.3533135 15.88 36.3254593 136.3532137 15.88 36.325382 136.3532535 15.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">151.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1076</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_45e5a430-2645-423c-99ea-e4d026d33554">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255344 136.3536999 0 36.3255739 136.3538171 0 36.3256379 136.3537842 0 36.3255983 136.3536669 0 36.3255344 136.3536999 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255983 136.3536669 9.26 36.3256379 136.3537842 9.26 36.3255739 136.3538171 9.26 36.3255344 136.3536999 9.26 36.3255983 136.3536669 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255344 136.3536999 9.26 36.3255739 136.3538171 9.26 36.3255739 136.3538171 16 36.3255344 136.3536999 16 36.3255344 136.3536999 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255739 136.3538171 9.26 36.3256379 136.3537842 9.26 36.3256379 136.3537842 16 36.3255739 136.3538171 16 36.3255739 136.3538171 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256379 136.3537842 9.26 36.3255983 136.3536669 9.26 36.3255983 136.3536669 16 36.3256379 136.3537842 16 36.3256379 136.3537842 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255983 136.3536669 9.26 36.3255344 136.3536999 9.26 36.3255344 136.3536999 16 36.3255983 136.3536669 16 36.3255983 136.3536669 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255344 136.3536999 16 36.3255739 136.3538171 16 36.3256379 136.3537842 16 36.3255983 136.3536669 16 36.3255344 136.3536999 16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">174.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1077</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4629be00-23c7-41e7-a8bb-5a8cf20140cf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252191 136.3532555 0 36.3251759 136.3531275 0 36.3251027 136.3531652 0 36.3251459 136.3532932 0 36.3252191 136.3532555 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251459 136.3532932 9.4 36.3251027 136.3531652 9.4 36.3251759 136.3531275 9.4 36.3252191 136.3532555 9.4 36.3251459 136.3532932 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252191 136.3532555 9.4 36.3251759 136.3531275 9.4 36.3251759 136.3531275 15.83 36.3252191 136.3532555 15.83 36.3252191 136.3532555 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251759 136.3531275 9.4 36.3251027 136.3531652 9.4 36.3251027 136.3531652 15.83 36.3251759 136.3531275 15.83 36.3251759 136.3531275 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251027 136.3531652 9.4 36.3251459 136.3532932 9.4 36.3251459 136.3532932 15.83 36.3251027 136.3531652 15.83 36.3251027 136.3531652 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251459 136.3532932 9.4 36.3252191 136.3532555 9.4 36.3252191 136.3532555 15.83 36.3251459 136.3532932 15.83 36.3251459 136.3532932 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252191 136.3532555 15.83 36.3251759 136.3531275 15.83 36.3251027 136.3531652 15.83 36.3251459 136.3532932 15.83 36.3252191 136.3532555 15.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">197.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.5</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1078</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_881559d9-12c6-4e34-9e06-e62a034a554f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252411 136.3534047 0 36.3252112 136.3533159 0 36.3251489 136.353348 0 36.3251788 136.3534368 0 36.3252411 136.3534047 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251788 136.3534368 9.36 36.3251489 136.353348 9.36 36.3252112 136.3533159 9.36 36.3252411 136.3534047 9.36 36.3251788 136.3534368 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252411 136.3534047 9.36 36.3252112 136.3533159 9.36 36.3252112 136.3533159 16.05 36.3252411 136.3534047 16.05 36.3252411 136.3534047 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252112 136.3533159 9.36 36.3251489 136.353348 9.36 36.3251489 136.353348 16.05 36.3252112 136.3533159 16.05 36.3252112 136.3533159 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251489 136.353348 9.36 36.3251788 136.3534368 9.36 36.3251788 136.3534368 16.05 36.3251489 136.353348 16.05 36.3251489 136.353348 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251788 136.3534368 9.36 36.3252411 136.3534047 9.36 36.3252411 136.3534047 16.05 36.3251788 136.3534368 16.05 36.3251788 136.3534368 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252411 136.3534047 16.05 36.3252112 136.3533159 16.05 36.3251489 136.353348 16.05 36.3251788 136.3534368 16.05 36.3252411 136.3534047 16.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">108.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">64.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1079</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_30ed38cc-9936-451a-96db-8537ba63f16e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251292 136.3534969 0 36.3250893 136.3533786 0 36.3250282 136.3534101 0 36.325068 136.3535283 0 36.3251292 136.3534969 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325068 136.3535283 9.38 36.3250282 136.3534101 9.38 36.3250893 136.3533786 9.38 36.3251292 136.3534969 9.38 36.325068 136.3535283 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251292 136.3534969 9.38 36.3250893 136.3533786 9.38 36.3250893 136.3533786 15.59 36.3251292 136.3534969 15.59 36.3251292 136.3534969 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250893 136.3533786 9.38 36.3250282 136.3534101 9.38 36.3250282 136.3534101 15.59 36.3250893 136.3533786 15.59 36.3250893 136.3533786 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250282 136.3534101 9.38 36.325068 136.3535283 9.38 36.325068 136.3535283 15.59 36.3250282 136.3534101 15.59 36.3250282 136.3534101 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325068 136.3535283 9.38 36.3251292 136.3534969 9.38 36.3251292 136.3534969 15.59 36.325068 136.3535283 15.59 36.325068 136.3535283 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251292 136.3534969 15.59 36.3250893 136.3533786 15.59 36.3250282 136.3534101 15.59 36.325068 136.3535283 15.59 36.3251292 136.3534969 15.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1080</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_31012151-ab89-4d34-bf41-8f1ec2f29d1f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253148 136.3535715 0 36.3252733 136.3534483 0 36.3252009 136.3534855 0 36.3252425 136.3536088 0 36.3253148 136.3535715 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252425 136.3536088 9.32 36.3252009 136.3534855 9.32 36.3252733 136.3534483 9.32 36.3253148 136.3535715 9.32 36.3252425 136.3536088 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253148 136.3535715 9.32 36.3252733 136.3534483 9.32 36.3252733 136.3534483 15.92 36.3253148 136.3535715 15.92 36.3253148 136.3535715 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252733 136.3534483 9.32 36.3252009 136.3534855 9.32 36.3252009 136.3534855 15.92 36.3252733 136.3534483 15.92 36.3252733 136.3534483 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252009 136.3534855 9.32 36.3252425 136.3536088 9.32 36.3252425 136.3536088 15.92 36.3252009 136.3534855 15.92 36.3252009 136.3534855 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252425 136.3536088 9.32 36.3253148 136.3535715 9.32 36.3253148 136.3535715 15.92 36.3252425 136.3536088 15.92 36.3252425 136.3536088 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253148 136.3535715 15.92 36.3252733 136.3534483 15.92 36.3252009 136.3534855 15.92 36.3252425 136.3536088 15.92 36.3253148 136.3535715 15.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">191.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1081</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5377c6d0-c79e-4265-addd-8005c9bd68f8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251663 136.3536314 0 36.3251295 136.3535223 0 36.3250494 136.3535635 0 36.3250862 136.3536726 0 36.3251663 136.3536314 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250862 136.3536726 9.36 36.3250494 136.3535635 9.36 36.3251295 136.3535223 9.36 36.3251663 136.3536314 9.36 36.3250862 136.3536726 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251663 136.3536314 9.36 36.3251295 136.3535223 9.36 36.3251295 136.3535223 15.9 36.3251663 136.3536314 15.9 36.3251663 136.3536314 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251295 136.3535223 9.36 36.3250494 136.3535635 9.36 36.3250494 136.3535635 15.9 36.3251295 136.3535223 15.9 36.3251295 136.3535223 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250494 136.3535635 9.36 36.3250862 136.3536726 9.36 36.3250862 136.3536726 15.9 36.3250494 136.3535635 15.9 36.3250494 136.3535635 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250862 136.3536726 9.36 36.3251663 136.3536314 9.36 36.3251663 136.3536314 15.9 36.3250862 136.3536726 15.9 36.3250862 136.3536726 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251663 136.3536314 15.9 36.3251295 136.3535223 15.9 36.3250494 136.3535635 15.9 36.3250862 136.3536726 15.9 36.3251663 136.3536314 15.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">184.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1082</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4950579d-0982-4656-a0f8-6341b6d0cd74">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254203 136.354016 0 36.3253602 136.3538377 0 36.3252641 136.3538872 0 36.3253242 136.3540655 0 36.3254203 136.354016 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253242 136.3540655 9.24 36.3252641 136.3538872 9.24 36.3253602 136.3538377 9.24 36.3254203 136.354016 9.24 36.3253242 136.3540655 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254203 136.354016 9.24 36.3253602 136.3538377 9.24 36.3253602 136.3538377 21.34 36.3254203 136.354016 21.34 36.3254203 136.354016 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253602 136.3538377 9.24 36.3252641 136.3538872 9.24 36.3252641 136.3538872 21.34 36.3253602 136.3538377 21.34 36.3253602 136.3538377 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252641 136.3538872 9.24 36.3253242 136.3540655 9.24 36.3253242 136.3540655 21.34 36.3252641 136.3538872 21.34 36.3252641 136.3538872 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253242 136.3540655 9.24 36.3254203 136.354016 9.24 36.3254203 136.354016 21.34 36.3253242 136.3540655 21.34 36.3253242 136.3540655 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254203 136.354016 21.34 36.3253602 136.3538377 21.34 36.3252641 136.3538872 21.34 36.3253242 136.3540655 21.34 36.3254203 136.354016 21.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">575.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">200.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1083</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_62b9ef57-66c1-4d64-8d80-69aa01519f60">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325711 136.3547342 0 36.3256811 136.3546455 0 36.3256163 136.3546788 0 36.3256463 136.3547675 0 36.325711 136.3547342 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256463 136.3547675 9.25 36.3256163 136.3546788 9.25 36.3256811 136.3546455 9.25 36.325711 136.3547342 9.25 36.3256463 136.3547675 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325711 136.3547342 9.25 36.3256811 136.3546455 9.25 36.3256811 136.3546455 13.3 36.325711 136.3547342 13.3 36.325711 136.3547342 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256811 136.3546455 9.25 36.3256163 136.3546788 9.25 36.3256163 136.3546788 13.3 36.3256811 136.3546455 13.3 36.3256811 136.3546455 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256163 136.3546788 9.25 36.3256463 136.3547675 9.25 36.3256463 136.3547675 13.3 36.3256163 136.3546788 13.3 36.3256163 136.3546788 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256463 136.3547675 9.25 36.325711 136.3547342 9.25 36.325711 136.3547342 13.3 36.3256463 136.3547675 13.3 36.3256463 136.3547675 9.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325711 136.3547342 13.3 36.3256811 136.3546455 13.3 36.3256163 136.3546788 13.3 36.3256463 136.3547675 13.3 36.325711 136.3547342 13.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">65.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1084</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_82a29954-a5bf-45fb-8265-b2d674a3786b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256338 136.354774 0 36.3256215 136.3547376 0 36.3256001 136.3547486 0 36.3256124 136.354785 0 36.3256338 136.354774 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256124 136.354785 9.26 36.3256001 136.3547486 9.26 36.3256215 136.3547376 9.26 36.3256338 136.354774 9.26 36.3256124 136.354785 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256338 136.354774 9.26 36.3256215 136.3547376 9.26 36.3256215 136.3547376 12.16 36.3256338 136.354774 12.16 36.3256338 136.354774 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256215 136.3547376 9.26 36.3256001 136.3547486 9.26 36.3256001 136.3547486 12.16 36.3256215 136.3547376 12.16 36.3256215 136.3547376 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256001 136.3547486 9.26 36.3256124 136.354785 9.26 36.3256124 136.354785 12.16 36.3256001 136.3547486 12.16 36.3256001 136.3547486 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256124 136.354785 9.26 36.3256338 136.354774 9.26 36.3256338 136.354774 12.16 36.3256124 136.354785 12.16 36.3256124 136.354785 9.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256338 136.354774 12.16 36.3256215 136.3547376 12.16 36.3256001 136.3547486 12.16 36.3256124 136.354785 12.16 36.3256338 136.354774 12.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">8.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">9.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1085</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_48761e0b-3524-4dc2-88fb-d7c00a577597">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279121 136.3608412 0 36.3279599 136.3609828 0 36.3280634 136.3609295 0 36.3280157 136.3607879 0 36.3279121 136.3608412 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280157 136.3607879 8.53 36.3280634 136.3609295 8.53 36.3279599 136.3609828 8.53 36.3279121 136.3608412 8.53 36.3280157 136.3607879 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279121 136.3608412 8.53 36.3279599 136.3609828 8.53 36.3279599 136.3609828 15.65 36.3279121 136.3608412 15.65 36.3279121 136.3608412 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279599 136.3609828 8.53 36.3280634 136.3609295 8.53 36.3280634 136.3609295 15.65 36.3279599 136.3609828 15.65 36.3279599 136.3609828 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280634 136.3609295 8.53 36.3280157 136.3607879 8.53 36.3280157 136.3607879 15.65 36.3280634 136.3609295 15.65 36.3280634 136.3609295 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280157 136.3607879 8.53 36.3279121 136.3608412 8.53 36.3279121 136.3608412 15.65 36.3280157 136.3607879 15.65 36.3280157 136.3607879 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279121 136.3608412 15.65 36.3279599 136.3609828 15.65 36.3280634 136.3609295 15.65 36.3280157 136.3607879 15.65 36.3279121 136.3608412 15.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:duration uom="hour">11.19</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.904</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">24.86</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">320.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">171.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1086</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b983439-361f-4a6a-bd99-97888d3748e3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264547 136.3569164 0 36.3263835 136.3569531 0 36.3264113 136.3570354 0 36.3264825 136.3569987 0 36.3264547 136.3569164 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264825 136.3569987 9.21 36.3264113 136.3570354 9.21 36.3263835 136.3569531 9.21 36.3264547 136.3569164 9.21 36.3264825 136.3569987 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264547 136.3569164 9.21 36.3263835 136.3569531 9.21 36.3263835 136.3569531 16.02 36.3264547 136.3569164 16.02 36.3264547 136.3569164 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263835 136.3569531 9.21 36.3264113 136.3570354 9.21 36.3264113 136.3570354 16.02 36.3263835 136.3569531 16.02 36.3263835 136.3569531 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264113 136.3570354 9.21 36.3264825 136.3569987 9.21 36.3264825 136.3569987 16.02 36.3264113 136.3570354 16.02 36.3264113 136.3570354 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264825 136.3569987 9.21 36.3264547 136.3569164 9.21 36.3264547 136.3569164 16.02 36.3264825 136.3569987 16.02 36.3264825 136.3569987 9.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264547 136.3569164 16.02 36.3263835 136.3569531 16.02 36.3264113 136.3570354 16.02 36.3264825 136.3569987 16.02 36.3264547 136.3569164 16.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">135.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1087</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5adbeff1-3b6e-4ec3-86c4-4a4db675c134">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1970</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265076 136.357185 0 36.3264791 136.3571002 0 36.326416 136.3571326 0 36.3264446 136.3572174 0 36.3265076 136.357185 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264446 136.3572174 9.23 36.326416 136.3571326 9.23 36.3264791 136.3571002 9.23 36.3265076 136.357185 9.23 36.3264446 136.3572174 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265076 136.357185 9.23 36.3264791 136.3571002 9.23 36.3264791 136.3571002 15.72 36.3265076 136.357185 15.72 36.3265076 136.357185 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264791 136.3571002 9.23 36.326416 136.3571326 9.23 36.326416 136.3571326 15.72 36.3264791 136.3571002 15.72 36.3264791 136.3571002 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326416 136.3571326 9.23 36.3264446 136.3572174 9.23 36.3264446 136.3572174 15.72 36.326416 136.3571326 15.72 36.326416 136.3571326 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264446 136.3572174 9.23 36.3265076 136.357185 9.23 36.3265076 136.357185 15.72 36.3264446 136.3572174 15.72 36.3264446 136.3572174 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265076 136.357185 15.72 36.3264791 136.3571002 15.72 36.326416 136.3571326 15.72 36.3264446 136.3572174 15.72 36.3265076 136.357185 15.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">-9999</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">62.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1088</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_279886aa-2ee2-44d2-86ca-ebc719485e4f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266493 136.3575428 0 36.3265973 136.3573887 0 36.3265487 136.3574137 0 36.3266007 136.3575678 0 36.3266493 136.3575428 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266007 136.3575678 9.23 36.3265487 136.3574137 9.23 36.3265973 136.3573887 9.23 36.3266493 136.3575428 9.23 36.3266007 136.3575678 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266493 136.3575428 9.23 36.3265973 136.3573887 9.23 36.3265973 136.3573887 13.75 36.3266493 136.3575428 13.75 36.3266493 136.3575428 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265973 136.3573887 9.23 36.3265487 136.3574137 9.23 36.3265487 136.3574137 13.75 36.3265973 136.3573887 13.75 36.3265973 136.3573887 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265487 136.3574137 9.23 36.3266007 136.3575678 9.23 36.3266007 136.3575678 13.75 36.3265487 136.3574137 13.75 36.3265487 136.3574137 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266007 136.3575678 9.23 36.3266493 136.3575428 9.23 36.3266493 136.3575428 13.75 36.3266007 136.3575678 13.75 36.3266007 136.3575678 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266493 136.3575428 13.75 36.3265973 136.3573887 13.75 36.3265487 136.3574137 13.75 36.3266007 136.3575678 13.75 36.3266493 136.3575428 13.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">74.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1089</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_db331eea-ecec-401c-bf08-82acde2b1d1d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267102 136.3578891 0 36.3266844 136.3578127 0 36.3266233 136.3578442 0 36.3266491 136.3579205 0 36.3267102 136.3578891 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266491 136.3579205 9.24 36.3266233 136.3578442 9.24 36.3266844 136.3578127 9.24 36.3267102 136.3578891 9.24 36.3266491 136.3579205 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267102 136.3578891 9.24 36.3266844 136.3578127 9.24 36.3266844 136.3578127 13.47 36.3267102 136.3578891 13.47 36.3267102 136.3578891 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266844 136.3578127 9.24 36.3266233 136.3578442 9.24 36.3266233 136.3578442 13.47 36.3266844 136.3578127 13.47 36.3266844 136.3578127 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266233 136.3578442 9.24 36.3266491 136.3579205 9.24 36.3266491 136.3579205 13.47 36.3266233 136.3578442 13.47 36.3266233 136.3578442 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266491 136.3579205 9.24 36.3267102 136.3578891 9.24 36.3267102 136.3578891 13.47 36.3266491 136.3579205 13.47 36.3266491 136.3579205 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267102 136.3578891 13.47 36.3266844 136.3578127 13.47 36.3266233 136.3578442 13.47 36.3266491 136.3579205 13.47 36.3267102 136.3578891 13.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.164</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.99</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">47.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">54.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1090</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_119cd193-0956-4e80-a787-d7236262342e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327038 136.358742 0 36.3269798 136.3585695 0 36.3268753 136.3586233 0 36.3269334 136.3587958 0 36.327038 136.358742 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269334 136.3587958 9.07 36.3268753 136.3586233 9.07 36.3269798 136.3585695 9.07 36.327038 136.358742 9.07 36.3269334 136.3587958 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327038 136.358742 9.07 36.3269798 136.3585695 9.07 36.3269798 136.3585695 16.52 36.327038 136.358742 16.52 36.327038 136.358742 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269798 136.3585695 9.07 36.3268753 136.3586233 9.07 36.3268753 136.3586233 16.52 36.3269798 136.3585695 16.52 36.3269798 136.3585695 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268753 136.3586233 9.07 36.3269334 136.3587958 9.07 36.3269334 136.3587958 16.52 36.3268753 136.3586233 16.52 36.3268753 136.3586233 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269334 136.3587958 9.07 36.327038 136.358742 9.07 36.327038 136.358742 16.52 36.3269334 136.3587958 16.52 36.3269334 136.3587958 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327038 136.358742 16.52 36.3269798 136.3585695 16.52 36.3268753 136.3586233 16.52 36.3269334 136.3587958 16.52 36.327038 136.358742 16.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.685</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">8</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">378.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">210.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1091</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d5526009-33e8-4c51-ac93-10be35a2f5ec">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1973</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277539 136.3607912 0 36.3277181 136.3606851 0 36.3276498 136.3607202 0 36.3276856 136.3608264 0 36.3277539 136.3607912 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276856 136.3608264 8.73 36.3276498 136.3607202 8.73 36.3277181 136.3606851 8.73 36.3277539 136.3607912 8.73 36.3276856 136.3608264 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277539 136.3607912 8.73 36.3277181 136.3606851 8.73 36.3277181 136.3606851 15.77 36.3277539 136.3607912 15.77 36.3277539 136.3607912 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277181 136.3606851 8.73 36.3276498 136.3607202 8.73 36.3276498 136.3607202 15.77 36.3277181 136.3606851 15.77 36.3277181 136.3606851 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276498 136.3607202 8.73 36.3276856 136.3608264 8.73 36.3276856 136.3608264 15.77 36.3276498 136.3607202 15.77 36.3276498 136.3607202 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276856 136.3608264 8.73 36.3277539 136.3607912 8.73 36.3277539 136.3607912 15.77 36.3276856 136.3608264 15.77 36.3276856 136.3608264 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277539 136.3607912 15.77 36.3277181 136.3606851 15.77 36.3276498 136.3607202 15.77 36.3276856 136.3608264 15.77 36.3277539 136.3607912 15.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.525</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">11.18</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.944</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">24.84</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1092</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e95152ec-9371-4abb-8e51-64b2d78643d6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279717 136.3615288 0 36.3279419 136.3614405 0 36.3278821 136.3614713 0 36.3279118 136.3615596 0 36.3279717 136.3615288 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279118 136.3615596 7.77 36.3278821 136.3614713 7.77 36.3279419 136.3614405 7.77 36.3279717 136.3615288 7.77 36.3279118 136.3615596 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279717 136.3615288 7.77 36.3279419 136.3614405 7.77 36.3279419 136.3614405 11.88 36.3279717 136.3615288 11.88 36.3279717 136.3615288 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279419 136.3614405 7.77 36.3278821 136.3614713 7.77 36.3278821 136.3614713 11.88 36.3279419 136.3614405 11.88 36.3279419 136.3614405 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278821 136.3614713 7.77 36.3279118 136.3615596 7.77 36.3279118 136.3615596 11.88 36.3278821 136.3614713 11.88 36.3278821 136.3614713 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279118 136.3615596 7.77 36.3279717 136.3615288 7.77 36.3279717 136.3615288 11.88 36.3279118 136.3615596 11.88 36.3279118 136.3615596 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279717 136.3615288 11.88 36.3279419 136.3614405 11.88 36.3278821 136.3614713 11.88 36.3279118 136.3615596 11.88 36.3279717 136.3615288 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.896</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">14.78</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.262</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">32.85</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">50.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">61.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1093</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5e6a187a-194b-4c53-8b3d-e59b93f3358e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249984 136.3501728 0 36.3250979 136.3501216 0 36.3250701 136.3500391 0 36.3249706 136.3500903 0 36.3249984 136.3501728 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249706 136.3500903 8.91 36.3250701 136.3500391 8.91 36.3250979 136.3501216 8.91 36.3249984 136.3501728 8.91 36.3249706 136.3500903 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249984 136.3501728 8.91 36.3250979 136.3501216 8.91 36.3250979 136.3501216 15.7 36.3249984 136.3501728 15.7 36.3249984 136.3501728 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250979 136.3501216 8.91 36.3250701 136.3500391 8.91 36.3250701 136.3500391 15.7 36.3250979 136.3501216 15.7 36.3250979 136.3501216 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250701 136.3500391 8.91 36.3249706 136.3500903 8.91 36.3249706 136.3500903 15.7 36.3250701 136.3500391 15.7 36.3250701 136.3500391 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249706 136.3500903 8.91 36.3249984 136.3501728 8.91 36.3249984 136.3501728 15.7 36.3249706 136.3500903 15.7 36.3249706 136.3500903 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249984 136.3501728 15.7 36.3250979 136.3501216 15.7 36.3250701 136.3500391 15.7 36.3249706 136.3500903 15.7 36.3249984 136.3501728 15.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">191.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1708</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c60ed7cd-c594-4f97-826e-ee3b587a0ebb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250342 136.3500395 0 36.3250649 136.3500236 0 36.325054 136.3499913 0 36.3250232 136.3500071 0 36.3250342 136.3500395 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250232 136.3500071 8.9 36.325054 136.3499913 8.9 36.3250649 136.3500236 8.9 36.3250342 136.3500395 8.9 36.3250232 136.3500071 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250342 136.3500395 8.9 36.3250649 136.3500236 8.9 36.3250649 136.3500236 11.42 36.3250342 136.3500395 11.42 36.3250342 136.3500395 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250649 136.3500236 8.9 36.325054 136.3499913 8.9 36.325054 136.3499913 11.42 36.3250649 136.3500236 11.42 36.3250649 136.3500236 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325054 136.3499913 8.9 36.3250232 136.3500071 8.9 36.3250232 136.3500071 11.42 36.325054 136.3499913 11.42 36.325054 136.3499913 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250232 136.3500071 8.9 36.3250342 136.3500395 8.9 36.3250342 136.3500395 11.42 36.3250232 136.3500071 11.42 36.3250232 136.3500071 8.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250342 136.3500395 11.42 36.3250649 136.3500236 11.42 36.325054 136.3499913 11.42 36.3250232 136.3500071 11.42 36.3250342 136.3500395 11.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">10.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">11.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1710</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ae1dbcdc-e829-488c-9030-6970043a6d3b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252129 136.3504511 0 36.3251344 136.3504915 0 36.3251615 136.3505717 0 36.32524 136.3505313 0 36.3252129 136.3504511 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32524 136.3505313 8.96 36.3251615 136.3505717 8.96 36.3251344 136.3504915 8.96 36.3252129 136.3504511 8.96 36.32524 136.3505313 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252129 136.3504511 8.96 36.3251344 136.3504915 8.96 36.3251344 136.3504915 15.9 36.3252129 136.3504511 15.9 36.3252129 136.3504511 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251344 136.3504915 8.96 36.3251615 136.3505717 8.96 36.3251615 136.3505717 15.9 36.3251344 136.3504915 15.9 36.3251344 136.3504915 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251615 136.3505717 8.96 36.32524 136.3505313 8.96 36.32524 136.3505313 15.9 36.3251615 136.3505717 15.9 36.3251615 136.3505717 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32524 136.3505313 8.96 36.3252129 136.3504511 8.96 36.3252129 136.3504511 15.9 36.32524 136.3505313 15.9 36.32524 136.3505313 8.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252129 136.3504511 15.9 36.3251344 136.3504915 15.9 36.3251615 136.3505717 15.9 36.32524 136.3505313 15.9 36.3252129 136.3504511 15.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">137.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1712</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_be8e41e3-8bf3-4275-9a10-19cbbda55797">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253665 136.350143 0 36.3252769 136.3501892 0 36.3253103 136.3502883 0 36.3253999 136.3502422 0 36.3253665 136.350143 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253999 136.3502422 8.8 36.3253103 136.3502883 8.8 36.3252769 136.3501892 8.8 36.3253665 136.350143 8.8 36.3253999 136.3502422 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253665 136.350143 8.8 36.3252769 136.3501892 8.8 36.3252769 136.3501892 15.62 36.3253665 136.350143 15.62 36.3253665 136.350143 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252769 136.3501892 8.8 36.3253103 136.3502883 8.8 36.3253103 136.3502883 15.62 36.3252769 136.3501892 15.62 36.3252769 136.3501892 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253103 136.3502883 8.8 36.3253999 136.3502422 8.8 36.3253999 136.3502422 15.62 36.3253103 136.3502883 15.62 36.3253103 136.3502883 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253999 136.3502422 8.8 36.3253665 136.350143 8.8 36.3253665 136.350143 15.62 36.3253999 136.3502422 15.62 36.3253999 136.3502422 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253665 136.350143 15.62 36.3252769 136.3501892 15.62 36.3253103 136.3502883 15.62 36.3253999 136.3502422 15.62 36.3253665 136.350143 15.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">201.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1717</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_95e4e47b-6373-403d-885b-60f1083a8bfa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254855 136.3500966 0 36.3254027 136.3501392 0 36.3254343 136.3502328 0 36.3255171 136.3501902 0 36.3254855 136.3500966 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255171 136.3501902 8.72 36.3254343 136.3502328 8.72 36.3254027 136.3501392 8.72 36.3254855 136.3500966 8.72 36.3255171 136.3501902 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254855 136.3500966 8.72 36.3254027 136.3501392 8.72 36.3254027 136.3501392 15.23 36.3254855 136.3500966 15.23 36.3254855 136.3500966 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254027 136.3501392 8.72 36.3254343 136.3502328 8.72 36.3254343 136.3502328 15.23 36.3254027 136.3501392 15.23 36.3254027 136.3501392 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254343 136.3502328 8.72 36.3255171 136.3501902 8.72 36.3255171 136.3501902 15.23 36.3254343 136.3502328 15.23 36.3254343 136.3502328 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255171 136.3501902 8.72 36.3254855 136.3500966 8.72 36.3254855 136.3500966 15.23 36.3255171 136.3501902 15.23 36.3255171 136.3501902 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254855 136.3500966 15.23 36.3254027 136.3501392 15.23 36.3254343 136.3502328 15.23 36.3255171 136.3501902 15.23 36.3254855 136.3500966 15.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">154.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1718</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_50b5beb5-f5ab-40f5-a75f-e2b9fd0a692e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255227 136.3500895 0 36.3255544 136.3501834 0 36.3256272 136.3501459 0 36.3255955 136.350052 0 36.3255227 136.3500895 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255955 136.350052 8.66 36.3256272 136.3501459 8.66 36.3255544 136.3501834 8.66 36.3255227 136.3500895 8.66 36.3255955 136.350052 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255227 136.3500895 8.66 36.3255544 136.3501834 8.66 36.3255544 136.3501834 15.16 36.3255227 136.3500895 15.16 36.3255227 136.3500895 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255544 136.3501834 8.66 36.3256272 136.3501459 8.66 36.3256272 136.3501459 15.16 36.3255544 136.3501834 15.16 36.3255544 136.3501834 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256272 136.3501459 8.66 36.3255955 136.350052 8.66 36.3255955 136.350052 15.16 36.3256272 136.3501459 15.16 36.3256272 136.3501459 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255955 136.350052 8.66 36.3255227 136.3500895 8.66 36.3255227 136.3500895 15.16 36.3255955 136.350052 15.16 36.3255955 136.350052 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255227 136.3500895 15.16 36.3255544 136.3501834 15.16 36.3256272 136.3501459 15.16 36.3255955 136.350052 15.16 36.3255227 136.3500895 15.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">156.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1719</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7c729504-aa1f-4933-873c-6d9ce9796ab9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255753 136.3502454 0 36.3256091 136.3503456 0 36.3256789 136.3503096 0 36.3256452 136.3502094 0 36.3255753 136.3502454 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256452 136.3502094 8.65 36.3256789 136.3503096 8.65 36.3256091 136.3503456 8.65 36.3255753 136.3502454 8.65 36.3256452 136.3502094 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255753 136.3502454 8.65 36.3256091 136.3503456 8.65 36.3256091 136.3503456 15.45 36.3255753 136.3502454 15.45 36.3255753 136.3502454 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256091 136.3503456 8.65 36.3256789 136.3503096 8.65 36.3256789 136.3503096 15.45 36.3256091 136.3503456 15.45 36.3256091 136.3503456 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256789 136.3503096 8.65 36.3256452 136.3502094 8.65 36.3256452 136.3502094 15.45 36.3256789 136.3503096 15.45 36.3256789 136.3503096 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256452 136.3502094 8.65 36.3255753 136.3502454 8.65 36.3255753 136.3502454 15.45 36.3256452 136.3502094 15.45 36.3256452 136.3502094 8.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255753 136.3502454 15.45 36.3256091 136.3503456 15.45 36.3256789 136.3503096 15.45 36.3256452 136.3502094 15.45 36.3255753 136.3502454 15.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">160.31</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1720</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2e2959f0-646a-401a-b1a6-d5e9a67e009c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260563 136.3499649 0 36.3259793 136.3500046 0 36.3260081 136.3500898 0 36.326085 136.3500502 0 36.3260563 136.3499649 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326085 136.3500502 8.47 36.3260081 136.3500898 8.47 36.3259793 136.3500046 8.47 36.3260563 136.3499649 8.47 36.326085 136.3500502 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260563 136.3499649 8.47 36.3259793 136.3500046 8.47 36.3259793 136.3500046 15.3 36.3260563 136.3499649 15.3 36.3260563 136.3499649 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259793 136.3500046 8.47 36.3260081 136.3500898 8.47 36.3260081 136.3500898 15.3 36.3259793 136.3500046 15.3 36.3259793 136.3500046 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260081 136.3500898 8.47 36.326085 136.3500502 8.47 36.326085 136.3500502 15.3 36.3260081 136.3500898 15.3 36.3260081 136.3500898 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326085 136.3500502 8.47 36.3260563 136.3499649 8.47 36.3260563 136.3499649 15.3 36.326085 136.3500502 15.3 36.326085 136.3500502 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260563 136.3499649 15.3 36.3259793 136.3500046 15.3 36.3260081 136.3500898 15.3 36.326085 136.3500502 15.3 36.3260563 136.3499649 15.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1723</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7281c17d-1aa6-4632-aa7f-0806bb57e15c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1973</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250803 136.3531762 0 36.3250124 136.3532112 0 36.3250392 136.3532908 0 36.3251072 136.3532558 0 36.3250803 136.3531762 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251072 136.3532558 9.41 36.3250392 136.3532908 9.41 36.3250124 136.3532112 9.41 36.3250803 136.3531762 9.41 36.3251072 136.3532558 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250803 136.3531762 9.41 36.3250124 136.3532112 9.41 36.3250124 136.3532112 15.66 36.3250803 136.3531762 15.66 36.3250803 136.3531762 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250124 136.3532112 9.41 36.3250392 136.3532908 9.41 36.3250392 136.3532908 15.66 36.3250124 136.3532112 15.66 36.3250124 136.3532112 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250392 136.3532908 9.41 36.3251072 136.3532558 9.41 36.3251072 136.3532558 15.66 36.3250392 136.3532908 15.66 36.3250392 136.3532908 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251072 136.3532558 9.41 36.3250803 136.3531762 9.41 36.3250803 136.3531762 15.66 36.3251072 136.3532558 15.66 36.3251072 136.3532558 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250803 136.3531762 15.66 36.3250124 136.3532112 15.66 36.3250392 136.3532908 15.66 36.3251072 136.3532558 15.66 36.3250803 136.3531762 15.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1854</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1c4f32ca-7b5c-462c-871a-d1233543f5db">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253618 136.3529087 0 36.3254328 136.3528722 0 36.3254042 136.3527873 0 36.3253332 136.3528238 0 36.3253618 136.3529087 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253332 136.3528238 9.35 36.3254042 136.3527873 9.35 36.3254328 136.3528722 9.35 36.3253618 136.3529087 9.35 36.3253332 136.3528238 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253618 136.3529087 9.35 36.3254328 136.3528722 9.35 36.3254328 136.3528722 16.18 36.3253618 136.3529087 16.18 36.3253618 136.3529087 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254328 136.3528722 9.35 36.3254042 136.3527873 9.35 36.3254042 136.3527873 16.18 36.3254328 136.3528722 16.18 36.3254328 136.3528722 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254042 136.3527873 9.35 36.3253332 136.3528238 9.35 36.3253332 136.3528238 16.18 36.3254042 136.3527873 16.18 36.3254042 136.3527873 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253332 136.3528238 9.35 36.3253618 136.3529087 9.35 36.3253618 136.3529087 16.18 36.3253332 136.3528238 16.18 36.3253332 136.3528238 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253618 136.3529087 16.18 36.3254328 136.3528722 16.18 36.3254042 136.3527873 16.18 36.3253332 136.3528238 16.18 36.3253618 136.3529087 16.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1855</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_91962a5e-0883-4277-a56b-f00af6b4821c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253152 136.3527706 0 36.3254067 136.3527234 0 36.3253796 136.352643 0 36.3252881 136.3526901 0 36.3253152 136.3527706 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252881 136.3526901 9.37 36.3253796 136.352643 9.37 36.3254067 136.3527234 9.37 36.3253152 136.3527706 9.37 36.3252881 136.3526901 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253152 136.3527706 9.37 36.3254067 136.3527234 9.37 36.3254067 136.3527234 13.41 36.3253152 136.3527706 13.41 36.3253152 136.3527706 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254067 136.3527234 9.37 36.3253796 136.352643 9.37 36.3253796 136.352643 13.41 36.3254067 136.3527234 13.41 36.3254067 136.3527234 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253796 136.352643 9.37 36.3252881 136.3526901 9.37 36.3252881 136.3526901 13.41 36.3253796 136.352643 13.41 36.3253796 136.352643 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252881 136.3526901 9.37 36.3253152 136.3527706 9.37 36.3253152 136.3527706 13.41 36.3252881 136.3526901 13.41 36.3252881 136.3526901 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253152 136.3527706 13.41 36.3254067 136.3527234 13.41 36.3253796 136.352643 13.41 36.3252881 136.3526901 13.41 36.3253152 136.3527706 13.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1856</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a1b14ce5-4207-4a8c-87a3-80f5b33c8624">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255617 136.3527839 0 36.3255275 136.3526825 0 36.3254594 136.3527175 0 36.3254937 136.3528189 0 36.3255617 136.3527839 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254937 136.3528189 9.3 36.3254594 136.3527175 9.3 36.3255275 136.3526825 9.3 36.3255617 136.3527839 9.3 36.3254937 136.3528189 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255617 136.3527839 9.3 36.3255275 136.3526825 9.3 36.3255275 136.3526825 16.19 36.3255617 136.3527839 16.19 36.3255617 136.3527839 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255275 136.3526825 9.3 36.3254594 136.3527175 9.3 36.3254594 136.3527175 16.19 36.3255275 136.3526825 16.19 36.3255275 136.3526825 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254594 136.3527175 9.3 36.3254937 136.3528189 9.3 36.3254937 136.3528189 16.19 36.3254594 136.3527175 16.19 36.3254594 136.3527175 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254937 136.3528189 9.3 36.3255617 136.3527839 9.3 36.3255617 136.3527839 16.19 36.3254937 136.3528189 16.19 36.3254937 136.3528189 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255617 136.3527839 16.19 36.3255275 136.3526825 16.19 36.3254594 136.3527175 16.19 36.3254937 136.3528189 16.19 36.3255617 136.3527839 16.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">137.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1857</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_73414a2b-8a75-4545-b09f-681a95aaac8f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254339 136.3526417 0 36.3255093 136.3526029 0 36.3254834 136.3525262 0 36.325408 136.352565 0 36.3254339 136.3526417 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325408 136.352565 9.36 36.3254834 136.3525262 9.36 36.3255093 136.3526029 9.36 36.3254339 136.3526417 9.36 36.325408 136.352565 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254339 136.3526417 9.36 36.3255093 136.3526029 9.36 36.3255093 136.3526029 15.95 36.3254339 136.3526417 15.95 36.3254339 136.3526417 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255093 136.3526029 9.36 36.3254834 136.3525262 9.36 36.3254834 136.3525262 15.95 36.3255093 136.3526029 15.95 36.3255093 136.3526029 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254834 136.3525262 9.36 36.325408 136.352565 9.36 36.325408 136.352565 15.95 36.3254834 136.3525262 15.95 36.3254834 136.3525262 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325408 136.352565 9.36 36.3254339 136.3526417 9.36 36.3254339 136.3526417 15.95 36.325408 136.352565 15.95 36.325408 136.352565 9.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254339 136.3526417 15.95 36.3255093 136.3526029 15.95 36.3254834 136.3525262 15.95 36.325408 136.352565 15.95 36.3254339 136.3526417 15.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">131.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1858</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c114e7a1-e7b2-4663-841f-11ecc897df38">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1962</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255948 136.3527288 0 36.3257485 136.3526497 0 36.3256977 136.3524992 0 36.325544 136.3525783 0 36.3255948 136.3527288 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325544 136.3525783 9.3 36.3256977 136.3524992 9.3 36.3257485 136.3526497 9.3 36.3255948 136.3527288 9.3 36.325544 136.3525783 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255948 136.3527288 9.3 36.3257485 136.3526497 9.3 36.3257485 136.3526497 21.4 36.3255948 136.3527288 21.4 36.3255948 136.3527288 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257485 136.3526497 9.3 36.3256977 136.3524992 9.3 36.3256977 136.3524992 21.4 36.3257485 136.3526497 21.4 36.3257485 136.3526497 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256977 136.3524992 9.3 36.325544 136.3525783 9.3 36.325544 136.3525783 21.4 36.3256977 136.3524992 21.4 36.3256977 136.3524992 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325544 136.3525783 9.3 36.3255948 136.3527288 9.3 36.3255948 136.3527288 21.4 36.325544 136.3525783 21.4 36.325544 136.3525783 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255948 136.3527288 21.4 36.3257485 136.3526497 21.4 36.3256977 136.3524992 21.4 36.325544 136.3525783 21.4 36.3255948 136.3527288 21.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">740.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">270.5</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1859</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c03dbbf9-21f4-4984-971e-d5d21ebedca0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255876 136.3529576 0 36.3253972 136.3530556 0 36.3254262 136.3531416 0 36.3256166 136.3530435 0 36.3255876 136.3529576 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256166 136.3530435 9.29 36.3254262 136.3531416 9.29 36.3253972 136.3530556 9.29 36.3255876 136.3529576 9.29 36.3256166 136.3530435 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255876 136.3529576 9.29 36.3253972 136.3530556 9.29 36.3253972 136.3530556 16.15 36.3255876 136.3529576 16.15 36.3255876 136.3529576 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253972 136.3530556 9.29 36.3254262 136.3531416 9.29 36.3254262 136.3531416 16.15 36.3253972 136.3530556 16.15 36.3253972 136.3530556 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254262 136.3531416 9.29 36.3256166 136.3530435 9.29 36.3256166 136.3530435 16.15 36.3254262 136.3531416 16.15 36.3254262 136.3531416 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256166 136.3530435 9.29 36.3255876 136.3529576 9.29 36.3255876 136.3529576 16.15 36.3256166 136.3530435 16.15 36.3256166 136.3530435 9.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255876 136.3529576 16.15 36.3253972 136.3530556 16.15 36.3254262 136.3531416 16.15 36.3256166 136.3530435 16.15 36.3255876 136.3529576 16.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">331.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">191.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1860</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4271f86b-2614-4e2b-9dfa-c25f83c4c107">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257129 136.3528499 0 36.3256173 136.3528991 0 36.3256454 136.3529826 0 36.325741 136.3529333 0 36.3257129 136.3528499 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325741 136.3529333 9.28 36.3256454 136.3529826 9.28 36.3256173 136.3528991 9.28 36.3257129 136.3528499 9.28 36.325741 136.3529333 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257129 136.3528499 9.28 36.3256173 136.3528991 9.28 36.3256173 136.3528991 16.27 36.3257129 136.3528499 16.27 36.3257129 136.3528499 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256173 136.3528991 9.28 36.3256454 136.3529826 9.28 36.3256454 136.3529826 16.27 36.3256173 136.3528991 16.27 36.3256173 136.3528991 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256454 136.3529826 9.28 36.325741 136.3529333 9.28 36.325741 136.3529333 16.27 36.3256454 136.3529826 16.27 36.3256454 136.3529826 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325741 136.3529333 9.28 36.3257129 136.3528499 9.28 36.3257129 136.3528499 16.27 36.325741 136.3529333 16.27 36.325741 136.3529333 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257129 136.3528499 16.27 36.3256173 136.3528991 16.27 36.3256454 136.3529826 16.27 36.325741 136.3529333 16.27 36.3257129 136.3528499 16.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">168.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1861</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c1b06272-8195-4aba-940e-b4b7d7e7172c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262015 136.3526394 0 36.3261053 136.352689 0 36.3261304 136.3527633 0 36.3262266 136.3527137 0 36.3262015 136.3526394 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262266 136.3527137 9.19 36.3261304 136.3527633 9.19 36.3261053 136.352689 9.19 36.3262015 136.3526394 9.19 36.3262266 136.3527137 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262015 136.3526394 9.19 36.3261053 136.352689 9.19 36.3261053 136.352689 16.15 36.3262015 136.3526394 16.15 36.3262015 136.3526394 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261053 136.352689 9.19 36.3261304 136.3527633 9.19 36.3261304 136.3527633 16.15 36.3261053 136.352689 16.15 36.3261053 136.352689 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261304 136.3527633 9.19 36.3262266 136.3527137 9.19 36.3262266 136.3527137 16.15 36.3261304 136.3527633 16.15 36.3261304 136.3527633 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262266 136.3527137 9.19 36.3262015 136.3526394 9.19 36.3262015 136.3526394 16.15 36.3262266 136.3527137 16.15 36.3262266 136.3527137 9.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262015 136.3526394 16.15 36.3261053 136.352689 16.15 36.3261304 136.3527633 16.15 36.3262266 136.3527137 16.15 36.3262015 136.3526394 16.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">140.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1862</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bc7948b2-79c8-49a7-944c-57ab91820b65">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326019 136.3583586 0 36.3261075 136.358313 0 36.3260732 136.3582114 0 36.3259848 136.3582569 0 36.326019 136.3583586 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259848 136.3582569 9.47 36.3260732 136.3582114 9.47 36.3261075 136.358313 9.47 36.326019 136.3583586 9.47 36.3259848 136.3582569 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326019 136.3583586 9.47 36.3261075 136.358313 9.47 36.3261075 136.358313 16.69 36.326019 136.3583586 16.69 36.326019 136.3583586 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261075 136.358313 9.47 36.3260732 136.3582114 9.47 36.3260732 136.3582114 16.69 36.3261075 136.358313 16.69 36.3261075 136.358313 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260732 136.3582114 9.47 36.3259848 136.3582569 9.47 36.3259848 136.3582569 16.69 36.3260732 136.3582114 16.69 36.3260732 136.3582114 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259848 136.3582569 9.47 36.326019 136.3583586 9.47 36.326019 136.3583586 16.69 36.3259848 136.3582569 16.69 36.3259848 136.3582569 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326019 136.3583586 16.69 36.3261075 136.358313 16.69 36.3260732 136.3582114 16.69 36.3259848 136.3582569 16.69 36.326019 136.3583586 16.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.628</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">7.57</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">199.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1877</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e51d4a1e-5556-4852-9a47-9bb6bbcdb175">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259566 136.3581733 0 36.3260586 136.3581207 0 36.3260329 136.3580445 0 36.3259309 136.358097 0 36.3259566 136.3581733 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259309 136.358097 9.44 36.3260329 136.3580445 9.44 36.3260586 136.3581207 9.44 36.3259566 136.3581733 9.44 36.3259309 136.358097 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259566 136.3581733 9.44 36.3260586 136.3581207 9.44 36.3260586 136.3581207 16.27 36.3259566 136.3581733 16.27 36.3259566 136.3581733 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260586 136.3581207 9.44 36.3260329 136.3580445 9.44 36.3260329 136.3580445 16.27 36.3260586 136.3581207 16.27 36.3260586 136.3581207 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260329 136.3580445 9.44 36.3259309 136.358097 9.44 36.3259309 136.358097 16.27 36.3260329 136.3580445 16.27 36.3260329 136.3580445 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259309 136.358097 9.44 36.3259566 136.3581733 9.44 36.3259566 136.3581733 16.27 36.3259309 136.358097 16.27 36.3259309 136.358097 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259566 136.3581733 16.27 36.3260586 136.3581207 16.27 36.3260329 136.3580445 16.27 36.3259309 136.358097 16.27 36.3259566 136.3581733 16.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.366</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.41</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1878</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c74a66dc-4024-4acc-992d-69716cc8514a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326389 136.358131 0 36.3263568 136.3580354 0 36.326285 136.3580724 0 36.3263172 136.358168 0 36.326389 136.358131 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263172 136.358168 9.44 36.326285 136.3580724 9.44 36.3263568 136.3580354 9.44 36.326389 136.358131 9.44 36.3263172 136.358168 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326389 136.358131 9.44 36.3263568 136.3580354 9.44 36.3263568 136.3580354 13.57 36.326389 136.358131 13.57 36.326389 136.358131 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263568 136.3580354 9.44 36.326285 136.3580724 9.44 36.326285 136.3580724 13.57 36.3263568 136.3580354 13.57 36.3263568 136.3580354 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326285 136.3580724 9.44 36.3263172 136.358168 9.44 36.3263172 136.358168 13.57 36.326285 136.3580724 13.57 36.326285 136.3580724 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263172 136.358168 9.44 36.326389 136.358131 9.44 36.326389 136.358131 13.57 36.3263172 136.358168 13.57 36.3263172 136.358168 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326389 136.358131 13.57 36.3263568 136.3580354 13.57 36.326285 136.3580724 13.57 36.3263172 136.358168 13.57 36.326389 136.358131 13.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.268</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">5.85</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1879</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b0193fa5-c2e3-4764-b569-a242fd6a7042">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261032 136.3611869 0 36.3261776 136.3611486 0 36.3261526 136.3610746 0 36.3260783 136.3611129 0 36.3261032 136.3611869 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260783 136.3611129 8.06 36.3261526 136.3610746 8.06 36.3261776 136.3611486 8.06 36.3261032 136.3611869 8.06 36.3260783 136.3611129 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261032 136.3611869 8.06 36.3261776 136.3611486 8.06 36.3261776 136.3611486 14.68 36.3261032 136.3611869 14.68 36.3261032 136.3611869 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261776 136.3611486 8.06 36.3261526 136.3610746 8.06 36.3261526 136.3610746 14.68 36.3261776 136.3611486 14.68 36.3261776 136.3611486 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261526 136.3610746 8.06 36.3260783 136.3611129 8.06 36.3260783 136.3611129 14.68 36.3261526 136.3610746 14.68 36.3261526 136.3610746 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260783 136.3611129 8.06 36.3261032 136.3611869 8.06 36.3261032 136.3611869 14.68 36.3260783 136.3611129 14.68 36.3260783 136.3611129 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261032 136.3611869 14.68 36.3261776 136.3611486 14.68 36.3261526 136.3610746 14.68 36.3260783 136.3611129 14.68 36.3261032 136.3611869 14.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.188</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">17.43</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.638</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">38.73</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">124.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">64.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1883</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_793608ed-03ce-42ca-8ded-1888bf3ae82f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260468 136.3610197 0 36.3261297 136.360977 0 36.3261012 136.3608925 0 36.3260184 136.3609352 0 36.3260468 136.3610197 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260184 136.3609352 8.24 36.3261012 136.3608925 8.24 36.3261297 136.360977 8.24 36.3260468 136.3610197 8.24 36.3260184 136.3609352 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260468 136.3610197 8.24 36.3261297 136.360977 8.24 36.3261297 136.360977 14.65 36.3260468 136.3610197 14.65 36.3260468 136.3610197 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261297 136.360977 8.24 36.3261012 136.3608925 8.24 36.3261012 136.3608925 14.65 36.3261297 136.360977 14.65 36.3261297 136.360977 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261012 136.3608925 8.24 36.3260184 136.3609352 8.24 36.3260184 136.3609352 14.65 36.3261012 136.3608925 14.65 36.3261012 136.3608925 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260184 136.3609352 8.24 36.3260468 136.3610197 8.24 36.3260468 136.3610197 14.65 36.3260184 136.3609352 14.65 36.3260184 136.3609352 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260468 136.3610197 14.65 36.3261297 136.360977 14.65 36.3261012 136.3608925 14.65 36.3260184 136.3609352 14.65 36.3260468 136.3610197 14.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.109</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">16.5</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.58</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">36.66</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">136.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1884</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d395bf95-c5a2-4ef2-8b70-67c31b93326d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326149 136.3613242 0 36.326183 136.3614251 0 36.3262597 136.3613856 0 36.3262257 136.3612847 0 36.326149 136.3613242 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262257 136.3612847 7.8 36.3262597 136.3613856 7.8 36.326183 136.3614251 7.8 36.326149 136.3613242 7.8 36.3262257 136.3612847 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326149 136.3613242 7.8 36.326183 136.3614251 7.8 36.326183 136.3614251 14.82 36.326149 136.3613242 14.82 36.326149 136.3613242 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326183 136.3614251 7.8 36.3262597 136.3613856 7.8 36.3262597 136.3613856 14.82 36.326183 136.3614251 14.82 36.326183 136.3614251 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262597 136.3613856 7.8 36.3262257 136.3612847 7.8 36.3262257 136.3612847 14.82 36.3262597 136.3613856 14.82 36.3262597 136.3613856 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262257 136.3612847 7.8 36.326149 136.3613242 7.8 36.326149 136.3613242 14.82 36.3262257 136.3612847 14.82 36.3262257 136.3612847 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326149 136.3613242 14.82 36.326183 136.3614251 14.82 36.3262597 136.3613856 14.82 36.3262257 136.3612847 14.82 36.326149 136.3613242 14.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.418</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">18.63</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.93</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">41.4</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">154.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1885</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ff408349-5b03-40e8-984d-0a6278a93936">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262352 136.3614163 0 36.3262496 136.3614592 0 36.3262794 136.3614439 0 36.3262649 136.361401 0 36.3262352 136.3614163 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262649 136.361401 7.75 36.3262794 136.3614439 7.75 36.3262496 136.3614592 7.75 36.3262352 136.3614163 7.75 36.3262649 136.361401 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262352 136.3614163 7.75 36.3262496 136.3614592 7.75 36.3262496 136.3614592 10.47 36.3262352 136.3614163 10.47 36.3262352 136.3614163 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262496 136.3614592 7.75 36.3262794 136.3614439 7.75 36.3262794 136.3614439 10.47 36.3262496 136.3614592 10.47 36.3262496 136.3614592 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262794 136.3614439 7.75 36.3262649 136.361401 7.75 36.3262649 136.361401 10.47 36.3262794 136.3614439 10.47 36.3262794 136.3614439 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262649 136.361401 7.75 36.3262352 136.3614163 7.75 36.3262352 136.3614163 10.47 36.3262649 136.361401 10.47 36.3262649 136.361401 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262352 136.3614163 10.47 36.3262496 136.3614592 10.47 36.3262794 136.3614439 10.47 36.3262649 136.361401 10.47 36.3262352 136.3614163 10.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.358</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">18.96</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.837</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">42.14</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">14.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1886</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7dc93cf9-defe-422f-8994-aad17b1f058c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264983 136.3610118 0 36.3265789 136.3609703 0 36.3265482 136.3608792 0 36.3264676 136.3609207 0 36.3264983 136.3610118 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264676 136.3609207 8.4 36.3265482 136.3608792 8.4 36.3265789 136.3609703 8.4 36.3264983 136.3610118 8.4 36.3264676 136.3609207 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264983 136.3610118 8.4 36.3265789 136.3609703 8.4 36.3265789 136.3609703 14.87 36.3264983 136.3610118 14.87 36.3264983 136.3610118 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265789 136.3609703 8.4 36.3265482 136.3608792 8.4 36.3265482 136.3608792 14.87 36.3265789 136.3609703 14.87 36.3265789 136.3609703 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265482 136.3608792 8.4 36.3264676 136.3609207 8.4 36.3264676 136.3609207 14.87 36.3265482 136.3608792 14.87 36.3265482 136.3608792 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264676 136.3609207 8.4 36.3264983 136.3610118 8.4 36.3264983 136.3610118 14.87 36.3264676 136.3609207 14.87 36.3264676 136.3609207 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264983 136.3610118 14.87 36.3265789 136.3609703 14.87 36.3265482 136.3608792 14.87 36.3264676 136.3609207 14.87 36.3264983 136.3610118 14.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.927</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">15.22</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.398</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">33.82</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">164.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1887</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f51e7c2e-c046-40a9-a525-9469858d348a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326585 136.361103 0 36.3264913 136.3611512 0 36.3265258 136.3612536 0 36.3266195 136.3612054 0 36.326585 136.361103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266195 136.3612054 8.05 36.3265258 136.3612536 8.05 36.3264913 136.3611512 8.05 36.326585 136.361103 8.05 36.3266195 136.3612054 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326585 136.361103 8.05 36.3264913 136.3611512 8.05 36.3264913 136.3611512 15.29 36.326585 136.361103 15.29 36.326585 136.361103 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264913 136.3611512 8.05 36.3265258 136.3612536 8.05 36.3265258 136.3612536 15.29 36.3264913 136.3611512 15.29 36.3264913 136.3611512 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265258 136.3612536 8.05 36.3266195 136.3612054 8.05 36.3266195 136.3612054 15.29 36.3265258 136.3612536 15.29 36.3265258 136.3612536 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266195 136.3612054 8.05 36.326585 136.361103 8.05 36.326585 136.361103 15.29 36.3266195 136.3612054 15.29 36.3266195 136.3612054 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326585 136.361103 15.29 36.3264913 136.3611512 15.29 36.3265258 136.3612536 15.29 36.3266195 136.3612054 15.29 36.326585 136.361103 15.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.091</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">16.54</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.577</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">36.75</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">209.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.21</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1888</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e24e7299-378e-41f3-bb6c-6f6fa46c76b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266247 136.3612208 0 36.3265947 136.3612363 0 36.326607 136.3612728 0 36.326637 136.3612573 0 36.3266247 136.3612208 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326637 136.3612573 8.03 36.326607 136.3612728 8.03 36.3265947 136.3612363 8.03 36.3266247 136.3612208 8.03 36.326637 136.3612573 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266247 136.3612208 8.03 36.3265947 136.3612363 8.03 36.3265947 136.3612363 10.84 36.3266247 136.3612208 10.84 36.3266247 136.3612208 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265947 136.3612363 8.03 36.326607 136.3612728 8.03 36.326607 136.3612728 10.84 36.3265947 136.3612363 10.84 36.3265947 136.3612363 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326607 136.3612728 8.03 36.326637 136.3612573 8.03 36.326637 136.3612573 10.84 36.326607 136.3612728 10.84 36.326607 136.3612728 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326637 136.3612573 8.03 36.3266247 136.3612208 8.03 36.3266247 136.3612208 10.84 36.326637 136.3612573 10.84 36.326637 136.3612573 8.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266247 136.3612208 10.84 36.3265947 136.3612363 10.84 36.326607 136.3612728 10.84 36.326637 136.3612573 10.84 36.3266247 136.3612208 10.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.185</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">16.79</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.716</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">37.32</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">10.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">12.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1889</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5c8b6c87-d7fe-4276-9b01-49f80d8360a9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266894 136.3610512 0 36.3266169 136.3610885 0 36.3266468 136.3611772 0 36.3267193 136.3611399 0 36.3266894 136.3610512 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267193 136.3611399 8.18 36.3266468 136.3611772 8.18 36.3266169 136.3610885 8.18 36.3266894 136.3610512 8.18 36.3267193 136.3611399 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266894 136.3610512 8.18 36.3266169 136.3610885 8.18 36.3266169 136.3610885 14.67 36.3266894 136.3610512 14.67 36.3266894 136.3610512 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266169 136.3610885 8.18 36.3266468 136.3611772 8.18 36.3266468 136.3611772 14.67 36.3266169 136.3610885 14.67 36.3266169 136.3610885 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266468 136.3611772 8.18 36.3267193 136.3611399 8.18 36.3267193 136.3611399 14.67 36.3266468 136.3611772 14.67 36.3266468 136.3611772 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267193 136.3611399 8.18 36.3266894 136.3610512 8.18 36.3266894 136.3610512 14.67 36.3267193 136.3611399 14.67 36.3267193 136.3611399 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266894 136.3610512 14.67 36.3266169 136.3610885 14.67 36.3266468 136.3611772 14.67 36.3267193 136.3611399 14.67 36.3266894 136.3610512 14.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.068</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">15.84</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.596</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">35.2</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1890</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f804afc4-3ab0-4bb9-875f-0c8a058e9dbe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250471 136.3577122 0 36.3250779 136.3578036 0 36.3251427 136.3577703 0 36.3251118 136.3576788 0 36.3250471 136.3577122 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251118 136.3576788 9.48 36.3251427 136.3577703 9.48 36.3250779 136.3578036 9.48 36.3250471 136.3577122 9.48 36.3251118 136.3576788 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250471 136.3577122 9.48 36.3250779 136.3578036 9.48 36.3250779 136.3578036 16.16 36.3250471 136.3577122 16.16 36.3250471 136.3577122 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250779 136.3578036 9.48 36.3251427 136.3577703 9.48 36.3251427 136.3577703 16.16 36.3250779 136.3578036 16.16 36.3250779 136.3578036 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251427 136.3577703 9.48 36.3251118 136.3576788 9.48 36.3251118 136.3576788 16.16 36.3251427 136.3577703 16.16 36.3251427 136.3577703 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251118 136.3576788 9.48 36.3250471 136.3577122 9.48 36.3250471 136.3577122 16.16 36.3251118 136.3576788 16.16 36.3251118 136.3576788 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250471 136.3577122 16.16 36.3250779 136.3578036 16.16 36.3251427 136.3577703 16.16 36.3251118 136.3576788 16.16 36.3250471 136.3577122 16.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.223</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">5.2</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">118.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2147</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_07f15c6b-47aa-49b2-b469-a793ffc478d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249619 136.3579416 0 36.324996 136.3580426 0 36.3250777 136.3580005 0 36.3250436 136.3578995 0 36.3249619 136.3579416 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250436 136.3578995 9.59 36.3250777 136.3580005 9.59 36.324996 136.3580426 9.59 36.3249619 136.3579416 9.59 36.3250436 136.3578995 9.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249619 136.3579416 9.59 36.324996 136.3580426 9.59 36.324996 136.3580426 16.68 36.3249619 136.3579416 16.68 36.3249619 136.3579416 9.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324996 136.3580426 9.59 36.3250777 136.3580005 9.59 36.3250777 136.3580005 16.68 36.324996 136.3580426 16.68 36.324996 136.3580426 9.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250777 136.3580005 9.59 36.3250436 136.3578995 9.59 36.3250436 136.3578995 16.68 36.3250777 136.3580005 16.68 36.3250777 136.3580005 9.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250436 136.3578995 9.59 36.3249619 136.3579416 9.59 36.3249619 136.3579416 16.68 36.3250436 136.3578995 16.68 36.3250436 136.3578995 9.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249619 136.3579416 16.68 36.324996 136.3580426 16.68 36.3250777 136.3580005 16.68 36.3250436 136.3578995 16.68 36.3249619 136.3579416 16.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.543</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.75</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.5</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2148</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_79fd9c9a-9c42-4bc6-a53a-6e13c986478c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251099 136.3578654 0 36.3251458 136.3579716 0 36.3252055 136.3579408 0 36.3251697 136.3578346 0 36.3251099 136.3578654 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251697 136.3578346 9.55 36.3252055 136.3579408 9.55 36.3251458 136.3579716 9.55 36.3251099 136.3578654 9.55 36.3251697 136.3578346 9.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251099 136.3578654 9.55 36.3251458 136.3579716 9.55 36.3251458 136.3579716 15.87 36.3251099 136.3578654 15.87 36.3251099 136.3578654 9.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251458 136.3579716 9.55 36.3252055 136.3579408 9.55 36.3252055 136.3579408 15.87 36.3251458 136.3579716 15.87 36.3251458 136.3579716 9.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252055 136.3579408 9.55 36.3251697 136.3578346 9.55 36.3251697 136.3578346 15.87 36.3252055 136.3579408 15.87 36.3252055 136.3579408 9.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251697 136.3578346 9.55 36.3251099 136.3578654 9.55 36.3251099 136.3578654 15.87 36.3251697 136.3578346 15.87 36.3251697 136.3578346 9.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251099 136.3578654 15.87 36.3251458 136.3579716 15.87 36.3252055 136.3579408 15.87 36.3251697 136.3578346 15.87 36.3251099 136.3578654 15.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.277</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.12</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2149</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5c86484a-707b-47e6-b3d2-70607ba826b9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1958</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250778 136.3579574 0 36.3250901 136.3579941 0 36.3251198 136.3579788 0 36.3251074 136.3579421 0 36.3250778 136.3579574 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251074 136.3579421 9.6 36.3251198 136.3579788 9.6 36.3250901 136.3579941 9.6 36.3250778 136.3579574 9.6 36.3251074 136.3579421 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250778 136.3579574 9.6 36.3250901 136.3579941 9.6 36.3250901 136.3579941 12.12 36.3250778 136.3579574 12.12 36.3250778 136.3579574 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250901 136.3579941 9.6 36.3251198 136.3579788 9.6 36.3251198 136.3579788 12.12 36.3250901 136.3579941 12.12 36.3250901 136.3579941 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251198 136.3579788 9.6 36.3251074 136.3579421 9.6 36.3251074 136.3579421 12.12 36.3251198 136.3579788 12.12 36.3251198 136.3579788 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251074 136.3579421 9.6 36.3250778 136.3579574 9.6 36.3250778 136.3579574 12.12 36.3251074 136.3579421 12.12 36.3251074 136.3579421 9.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250778 136.3579574 12.12 36.3250901 136.3579941 12.12 36.3251198 136.3579788 12.12 36.3251074 136.3579421 12.12 36.3250778 136.3579574 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.542</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">6.63</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">11.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">12.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2150</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_79366f69-9280-472e-a409-586a611619df">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250824 136.3582001 0 36.3251636 136.3581583 0 36.3251334 136.3580687 0 36.3250522 136.3581105 0 36.3250824 136.3582001 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250522 136.3581105 9.66 36.3251334 136.3580687 9.66 36.3251636 136.3581583 9.66 36.3250824 136.3582001 9.66 36.3250522 136.3581105 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250824 136.3582001 9.66 36.3251636 136.3581583 9.66 36.3251636 136.3581583 16.32 36.3250824 136.3582001 16.32 36.3250824 136.3582001 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251636 136.3581583 9.66 36.3251334 136.3580687 9.66 36.3251334 136.3580687 16.32 36.3251636 136.3581583 16.32 36.3251636 136.3581583 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251334 136.3580687 9.66 36.3250522 136.3581105 9.66 36.3250522 136.3581105 16.32 36.3251334 136.3580687 16.32 36.3251334 136.3580687 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250522 136.3581105 9.66 36.3250824 136.3582001 9.66 36.3250824 136.3582001 16.32 36.3250522 136.3581105 16.32 36.3250522 136.3581105 9.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250824 136.3582001 16.32 36.3251636 136.3581583 16.32 36.3251334 136.3580687 16.32 36.3250522 136.3581105 16.32 36.3250824 136.3582001 16.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">7.81</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">149.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2151</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9f122b65-9892-433a-a87e-824dbe8defb9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249998 136.355038 0 36.3250784 136.355271 0 36.3251502 136.355234 0 36.3250716 136.355001 0 36.3249998 136.355038 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250716 136.355001 9.44 36.3251502 136.355234 9.44 36.3250784 136.355271 9.44 36.3249998 136.355038 9.44 36.3250716 136.355001 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249998 136.355038 9.44 36.3250784 136.355271 9.44 36.3250784 136.355271 16.14 36.3249998 136.355038 16.14 36.3249998 136.355038 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250784 136.355271 9.44 36.3251502 136.355234 9.44 36.3251502 136.355234 16.14 36.3250784 136.355271 16.14 36.3250784 136.355271 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251502 136.355234 9.44 36.3250716 136.355001 9.44 36.3250716 136.355001 16.14 36.3251502 136.355234 16.14 36.3251502 136.355234 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250716 136.355001 9.44 36.3249998 136.355038 9.44 36.3249998 136.355038 16.14 36.3250716 136.355001 16.14 36.3250716 136.355001 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249998 136.355038 16.14 36.3250784 136.355271 16.14 36.3251502 136.355234 16.14 36.3250716 136.355001 16.14 36.3249998 136.355038 16.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">369.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">195.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2213</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_06fef816-e476-4437-a16d-c5afce37d8f8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251043 136.355363 0 36.3251359 136.3554567 0 36.3251964 136.3554256 0 36.3251648 136.3553318 0 36.3251043 136.355363 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251648 136.3553318 9.49 36.3251964 136.3554256 9.49 36.3251359 136.3554567 9.49 36.3251043 136.355363 9.49 36.3251648 136.3553318 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251043 136.355363 9.49 36.3251359 136.3554567 9.49 36.3251359 136.3554567 15.91 36.3251043 136.355363 15.91 36.3251043 136.355363 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251359 136.3554567 9.49 36.3251964 136.3554256 9.49 36.3251964 136.3554256 15.91 36.3251359 136.3554567 15.91 36.3251359 136.3554567 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251964 136.3554256 9.49 36.3251648 136.3553318 9.49 36.3251648 136.3553318 15.91 36.3251964 136.3554256 15.91 36.3251964 136.3554256 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251648 136.3553318 9.49 36.3251043 136.355363 9.49 36.3251043 136.355363 15.91 36.3251648 136.3553318 15.91 36.3251648 136.3553318 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251043 136.355363 15.91 36.3251359 136.3554567 15.91 36.3251964 136.3554256 15.91 36.3251648 136.3553318 15.91 36.3251043 136.355363 15.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">122.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">66.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2214</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_144a20d6-11f5-412a-b03c-605dd6d987a7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250693 136.3556961 0 36.3250308 136.3555819 0 36.3249723 136.355612 0 36.3250108 136.3557263 0 36.3250693 136.3556961 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250108 136.3557263 9.54 36.3249723 136.355612 9.54 36.3250308 136.3555819 9.54 36.3250693 136.3556961 9.54 36.3250108 136.3557263 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250693 136.3556961 9.54 36.3250308 136.3555819 9.54 36.3250308 136.3555819 13.26 36.3250693 136.3556961 13.26 36.3250693 136.3556961 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250308 136.3555819 9.54 36.3249723 136.355612 9.54 36.3249723 136.355612 13.26 36.3250308 136.3555819 13.26 36.3250308 136.3555819 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249723 136.355612 9.54 36.3250108 136.3557263 9.54 36.3250108 136.3557263 13.26 36.3249723 136.355612 13.26 36.3249723 136.355612 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250108 136.3557263 9.54 36.3250693 136.3556961 9.54 36.3250693 136.3556961 13.26 36.3250108 136.3557263 13.26 36.3250108 136.3557263 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250693 136.3556961 13.26 36.3250308 136.3555819 13.26 36.3249723 136.355612 13.26 36.3250108 136.3557263 13.26 36.3250693 136.3556961 13.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">77.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2223</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ab0d5927-4657-4edd-bfb4-2297586db032">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253925 136.3562686 0 36.3254282 136.3563745 0 36.3254932 136.356341 0 36.3254575 136.3562351 0 36.3253925 136.3562686 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254575 136.3562351 9.37 36.3254932 136.356341 9.37 36.3254282 136.3563745 9.37 36.3253925 136.3562686 9.37 36.3254575 136.3562351 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253925 136.3562686 9.37 36.3254282 136.3563745 9.37 36.3254282 136.3563745 16.11 36.3253925 136.3562686 16.11 36.3253925 136.3562686 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254282 136.3563745 9.37 36.3254932 136.356341 9.37 36.3254932 136.356341 16.11 36.3254282 136.3563745 16.11 36.3254282 136.3563745 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254932 136.356341 9.37 36.3254575 136.3562351 9.37 36.3254575 136.3562351 16.11 36.3254932 136.356341 16.11 36.3254932 136.356341 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254575 136.3562351 9.37 36.3253925 136.3562686 9.37 36.3253925 136.3562686 16.11 36.3254575 136.3562351 16.11 36.3254575 136.3562351 9.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253925 136.3562686 16.11 36.3254282 136.3563745 16.11 36.3254932 136.356341 16.11 36.3254575 136.3562351 16.11 36.3253925 136.3562686 16.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">147.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2225</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e23cce0e-c061-4b63-83f9-cdfce243fcf3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255162 136.3562049 0 36.3255511 136.3563081 0 36.3256229 136.3562712 0 36.3255881 136.3561679 0 36.3255162 136.3562049 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255881 136.3561679 9.34 36.3256229 136.3562712 9.34 36.3255511 136.3563081 9.34 36.3255162 136.3562049 9.34 36.3255881 136.3561679 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255162 136.3562049 9.34 36.3255511 136.3563081 9.34 36.3255511 136.3563081 15.71 36.3255162 136.3562049 15.71 36.3255162 136.3562049 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255511 136.3563081 9.34 36.3256229 136.3562712 9.34 36.3256229 136.3562712 15.71 36.3255511 136.3563081 15.71 36.3255511 136.3563081 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256229 136.3562712 9.34 36.3255881 136.3561679 9.34 36.3255881 136.3561679 15.71 36.3256229 136.3562712 15.71 36.3256229 136.3562712 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255881 136.3561679 9.34 36.3255162 136.3562049 9.34 36.3255162 136.3562049 15.71 36.3255881 136.3561679 15.71 36.3255881 136.3561679 9.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255162 136.3562049 15.71 36.3255511 136.3563081 15.71 36.3256229 136.3562712 15.71 36.3255881 136.3561679 15.71 36.3255162 136.3562049 15.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2226</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e476ae31-57a7-4991-94f6-689072b1ffdb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252406 136.3561801 0 36.3251641 136.3562195 0 36.3251948 136.3563106 0 36.3252714 136.3562712 0 36.3252406 136.3561801 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252714 136.3562712 9.42 36.3251948 136.3563106 9.42 36.3251641 136.3562195 9.42 36.3252406 136.3561801 9.42 36.3252714 136.3562712 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252406 136.3561801 9.42 36.3251641 136.3562195 9.42 36.3251641 136.3562195 15.22 36.3252406 136.3561801 15.22 36.3252406 136.3561801 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251641 136.3562195 9.42 36.3251948 136.3563106 9.42 36.3251948 136.3563106 15.22 36.3251641 136.3562195 15.22 36.3251641 136.3562195 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251948 136.3563106 9.42 36.3252714 136.3562712 9.42 36.3252714 136.3562712 15.22 36.3251948 136.3563106 15.22 36.3251948 136.3563106 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252714 136.3562712 9.42 36.3252406 136.3561801 9.42 36.3252406 136.3561801 15.22 36.3252714 136.3562712 15.22 36.3252714 136.3562712 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252406 136.3561801 15.22 36.3251641 136.3562195 15.22 36.3251948 136.3563106 15.22 36.3252714 136.3562712 15.22 36.3252406 136.3561801 15.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2227</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5710075c-cbda-4e27-970e-70c10b3a8ad8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252993 136.35643 0 36.3252661 136.3563314 0 36.3251908 136.3563701 0 36.3252241 136.3564687 0 36.3252993 136.35643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252241 136.3564687 9.38 36.3251908 136.3563701 9.38 36.3252661 136.3563314 9.38 36.3252993 136.35643 9.38 36.3252241 136.3564687 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252993 136.35643 9.38 36.3252661 136.3563314 9.38 36.3252661 136.3563314 15.88 36.3252993 136.35643 15.88 36.3252993 136.35643 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252661 136.3563314 9.38 36.3251908 136.3563701 9.38 36.3251908 136.3563701 15.88 36.3252661 136.3563314 15.88 36.3252661 136.3563314 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251908 136.3563701 9.38 36.3252241 136.3564687 9.38 36.3252241 136.3564687 15.88 36.3251908 136.3563701 15.88 36.3251908 136.3563701 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252241 136.3564687 9.38 36.3252993 136.35643 9.38 36.3252993 136.35643 15.88 36.3252241 136.3564687 15.88 36.3252241 136.3564687 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252993 136.35643 15.88 36.3252661 136.3563314 15.88 36.3251908 136.3563701 15.88 36.3252241 136.3564687 15.88 36.3252993 136.35643 15.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">150.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2228</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_427c49f0-ac35-4d0d-8c30-4e295cfb1655">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251805 136.3565031 0 36.3251438 136.3563944 0 36.3250622 136.3564363 0 36.3250989 136.3565451 0 36.3251805 136.3565031 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250989 136.3565451 9.39 36.3250622 136.3564363 9.39 36.3251438 136.3563944 9.39 36.3251805 136.3565031 9.39 36.3250989 136.3565451 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251805 136.3565031 9.39 36.3251438 136.3563944 9.39 36.3251438 136.3563944 16.03 36.3251805 136.3565031 16.03 36.3251805 136.3565031 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251438 136.3563944 9.39 36.3250622 136.3564363 9.39 36.3250622 136.3564363 16.03 36.3251438 136.3563944 16.03 36.3251438 136.3563944 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250622 136.3564363 9.39 36.3250989 136.3565451 9.39 36.3250989 136.3565451 16.03 36.3250622 136.3564363 16.03 36.3250622 136.3564363 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250989 136.3565451 9.39 36.3251805 136.3565031 9.39 36.3251805 136.3565031 16.03 36.3250989 136.3565451 16.03 36.3250989 136.3565451 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251805 136.3565031 16.03 36.3251438 136.3563944 16.03 36.3250622 136.3564363 16.03 36.3250989 136.3565451 16.03 36.3251805 136.3565031 16.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">193.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2229</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_88bbf6c4-7913-41b2-9131-bbcb04481076">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253406 136.3503803 0 36.325382 136.3505031 0 36.3254601 136.3504629 0 36.3254187 136.3503401 0 36.3253406 136.3503803 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254187 136.3503401 8.82 36.3254601 136.3504629 8.82 36.325382 136.3505031 8.82 36.3253406 136.3503803 8.82 36.3254187 136.3503401 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253406 136.3503803 8.82 36.325382 136.3505031 8.82 36.325382 136.3505031 13.2 36.3253406 136.3503803 13.2 36.3253406 136.3503803 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325382 136.3505031 8.82 36.3254601 136.3504629 8.82 36.3254601 136.3504629 13.2 36.325382 136.3505031 13.2 36.325382 136.3505031 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254601 136.3504629 8.82 36.3254187 136.3503401 8.82 36.3254187 136.3503401 13.2 36.3254601 136.3504629 13.2 36.3254601 136.3504629 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254187 136.3503401 8.82 36.3253406 136.3503803 8.82 36.3253406 136.3503803 13.2 36.3254187 136.3503401 13.2 36.3254187 136.3503401 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253406 136.3503803 13.2 36.325382 136.3505031 13.2 36.3254601 136.3504629 13.2 36.3254187 136.3503401 13.2 36.3253406 136.3503803 13.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">94.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2325</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2bfb6a9a-a7ca-41a6-adba-0ed37994cc3c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254613 136.3503182 0 36.3255043 136.3504457 0 36.3255678 136.350413 0 36.3255248 136.3502855 0 36.3254613 136.3503182 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255248 136.3502855 8.73 36.3255678 136.350413 8.73 36.3255043 136.3504457 8.73 36.3254613 136.3503182 8.73 36.3255248 136.3502855 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254613 136.3503182 8.73 36.3255043 136.3504457 8.73 36.3255043 136.3504457 15.04 36.3254613 136.3503182 15.04 36.3254613 136.3503182 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255043 136.3504457 8.73 36.3255678 136.350413 8.73 36.3255678 136.350413 15.04 36.3255043 136.3504457 15.04 36.3255043 136.3504457 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255678 136.350413 8.73 36.3255248 136.3502855 8.73 36.3255248 136.3502855 15.04 36.3255678 136.350413 15.04 36.3255678 136.350413 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255248 136.3502855 8.73 36.3254613 136.3503182 8.73 36.3254613 136.3503182 15.04 36.3255248 136.3502855 15.04 36.3255248 136.3502855 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254613 136.3503182 15.04 36.3255043 136.3504457 15.04 36.3255678 136.350413 15.04 36.3255248 136.3502855 15.04 36.3254613 136.3503182 15.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2326</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_307ecda4-0e9b-4187-a77a-071eb6b6ca48">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254321 136.3505434 0 36.3254624 136.3506331 0 36.3255308 136.3505978 0 36.3255006 136.3505081 0 36.3254321 136.3505434 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255006 136.3505081 8.8 36.3255308 136.3505978 8.8 36.3254624 136.3506331 8.8 36.3254321 136.3505434 8.8 36.3255006 136.3505081 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254321 136.3505434 8.8 36.3254624 136.3506331 8.8 36.3254624 136.3506331 15.61 36.3254321 136.3505434 15.61 36.3254321 136.3505434 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254624 136.3506331 8.8 36.3255308 136.3505978 8.8 36.3255308 136.3505978 15.61 36.3254624 136.3506331 15.61 36.3254624 136.3506331 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255308 136.3505978 8.8 36.3255006 136.3505081 8.8 36.3255006 136.3505081 15.61 36.3255308 136.3505978 15.61 36.3255308 136.3505978 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255006 136.3505081 8.8 36.3254321 136.3505434 8.8 36.3254321 136.3505434 15.61 36.3255006 136.3505081 15.61 36.3255006 136.3505081 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254321 136.3505434 15.61 36.3254624 136.3506331 15.61 36.3255308 136.3505978 15.61 36.3255006 136.3505081 15.61 36.3254321 136.3505434 15.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2327</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6e1eaf36-c89c-48fe-92ba-287a98139a04">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325484 136.350706 0 36.3255216 136.3508177 0 36.3255831 136.3507861 0 36.3255454 136.3506744 0 36.325484 136.350706 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255454 136.3506744 8.89 36.3255831 136.3507861 8.89 36.3255216 136.3508177 8.89 36.325484 136.350706 8.89 36.3255454 136.3506744 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325484 136.350706 8.89 36.3255216 136.3508177 8.89 36.3255216 136.3508177 12.82 36.325484 136.350706 12.82 36.325484 136.350706 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255216 136.3508177 8.89 36.3255831 136.3507861 8.89 36.3255831 136.3507861 12.82 36.3255216 136.3508177 12.82 36.3255216 136.3508177 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255831 136.3507861 8.89 36.3255454 136.3506744 8.89 36.3255454 136.3506744 12.82 36.3255831 136.3507861 12.82 36.3255831 136.3507861 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255454 136.3506744 8.89 36.325484 136.350706 8.89 36.325484 136.350706 12.82 36.3255454 136.3506744 12.82 36.3255454 136.3506744 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325484 136.350706 12.82 36.3255216 136.3508177 12.82 36.3255831 136.3507861 12.82 36.3255454 136.3506744 12.82 36.325484 136.350706 12.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2328</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_132c8a60-6438-4998-87a3-fcab4a31f2a4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256221 136.3506349 0 36.3256562 136.3507361 0 36.3257269 136.3506997 0 36.3256927 136.3505985 0 36.3256221 136.3506349 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256927 136.3505985 8.74 36.3257269 136.3506997 8.74 36.3256562 136.3507361 8.74 36.3256221 136.3506349 8.74 36.3256927 136.3505985 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256221 136.3506349 8.74 36.3256562 136.3507361 8.74 36.3256562 136.3507361 14.33 36.3256221 136.3506349 14.33 36.3256221 136.3506349 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256562 136.3507361 8.74 36.3257269 136.3506997 8.74 36.3257269 136.3506997 14.33 36.3256562 136.3507361 14.33 36.3256562 136.3507361 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257269 136.3506997 8.74 36.3256927 136.3505985 8.74 36.3256927 136.3505985 14.33 36.3257269 136.3506997 14.33 36.3257269 136.3506997 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256927 136.3505985 8.74 36.3256221 136.3506349 8.74 36.3256221 136.3506349 14.33 36.3256927 136.3505985 14.33 36.3256927 136.3505985 8.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256221 136.3506349 14.33 36.3256562 136.3507361 14.33 36.3257269 136.3506997 14.33 36.3256927 136.3505985 14.33 36.3256221 136.3506349 14.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">159.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2329</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fd3935ba-3c7e-4ff3-bd95-ef164e69ca56">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255247 136.3509013 0 36.3255672 136.3510275 0 36.3256375 136.3509914 0 36.3255949 136.3508651 0 36.3255247 136.3509013 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255949 136.3508651 8.94 36.3256375 136.3509914 8.94 36.3255672 136.3510275 8.94 36.3255247 136.3509013 8.94 36.3255949 136.3508651 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255247 136.3509013 8.94 36.3255672 136.3510275 8.94 36.3255672 136.3510275 15.79 36.3255247 136.3509013 15.79 36.3255247 136.3509013 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255672 136.3510275 8.94 36.3256375 136.3509914 8.94 36.3256375 136.3509914 15.79 36.3255672 136.3510275 15.79 36.3255672 136.3510275 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256375 136.3509914 8.94 36.3255949 136.3508651 8.94 36.3255949 136.3508651 15.79 36.3256375 136.3509914 15.79 36.3256375 136.3509914 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255949 136.3508651 8.94 36.3255247 136.3509013 8.94 36.3255247 136.3509013 15.79 36.3255949 136.3508651 15.79 36.3255949 136.3508651 8.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255247 136.3509013 15.79 36.3255672 136.3510275 15.79 36.3256375 136.3509914 15.79 36.3255949 136.3508651 15.79 36.3255247 136.3509013 15.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">196.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2330</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a9e42ea7-1e94-4b61-af0c-aef64d80a2ca">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256499 136.350985 0 36.3256782 136.3509704 0 36.3256676 136.3509389 0 36.3256393 136.3509535 0 36.3256499 136.350985 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256393 136.3509535 8.91 36.3256676 136.3509389 8.91 36.3256782 136.3509704 8.91 36.3256499 136.350985 8.91 36.3256393 136.3509535 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256499 136.350985 8.91 36.3256782 136.3509704 8.91 36.3256782 136.3509704 11.68 36.3256499 136.350985 11.68 36.3256499 136.350985 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256782 136.3509704 8.91 36.3256676 136.3509389 8.91 36.3256676 136.3509389 11.68 36.3256782 136.3509704 11.68 36.3256782 136.3509704 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256676 136.3509389 8.91 36.3256393 136.3509535 8.91 36.3256393 136.3509535 11.68 36.3256676 136.3509389 11.68 36.3256676 136.3509389 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256393 136.3509535 8.91 36.3256499 136.350985 8.91 36.3256499 136.350985 11.68 36.3256393 136.3509535 11.68 36.3256393 136.3509535 8.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256499 136.350985 11.68 36.3256782 136.3509704 11.68 36.3256676 136.3509389 11.68 36.3256393 136.3509535 11.68 36.3256499 136.350985 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">9.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">10.41</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2331</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_61421779-1c28-4c49-9ed2-3ba8d864feec">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256516 136.3513083 0 36.3257499 136.3512577 0 36.3257138 136.3511505 0 36.3256155 136.3512011 0 36.3256516 136.3513083 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256155 136.3512011 8.99 36.3257138 136.3511505 8.99 36.3257499 136.3512577 8.99 36.3256516 136.3513083 8.99 36.3256155 136.3512011 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256516 136.3513083 8.99 36.3257499 136.3512577 8.99 36.3257499 136.3512577 14.92 36.3256516 136.3513083 14.92 36.3256516 136.3513083 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257499 136.3512577 8.99 36.3257138 136.3511505 8.99 36.3257138 136.3511505 14.92 36.3257499 136.3512577 14.92 36.3257499 136.3512577 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257138 136.3511505 8.99 36.3256155 136.3512011 8.99 36.3256155 136.3512011 14.92 36.3257138 136.3511505 14.92 36.3257138 136.3511505 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256155 136.3512011 8.99 36.3256516 136.3513083 8.99 36.3256516 136.3513083 14.92 36.3256155 136.3512011 14.92 36.3256155 136.3512011 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256516 136.3513083 14.92 36.3257499 136.3512577 14.92 36.3257138 136.3511505 14.92 36.3256155 136.3512011 14.92 36.3256516 136.3513083 14.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">244.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2332</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3453a427-03b3-4f2a-a751-f72964e60456">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253083 136.3506931 0 36.3252824 136.3506163 0 36.3252274 136.3506446 0 36.3252533 136.3507214 0 36.3253083 136.3506931 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252533 136.3507214 8.98 36.3252274 136.3506446 8.98 36.3252824 136.3506163 8.98 36.3253083 136.3506931 8.98 36.3252533 136.3507214 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253083 136.3506931 8.98 36.3252824 136.3506163 8.98 36.3252824 136.3506163 13.56 36.3253083 136.3506931 13.56 36.3253083 136.3506931 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252824 136.3506163 8.98 36.3252274 136.3506446 8.98 36.3252274 136.3506446 13.56 36.3252824 136.3506163 13.56 36.3252824 136.3506163 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252274 136.3506446 8.98 36.3252533 136.3507214 8.98 36.3252533 136.3507214 13.56 36.3252274 136.3506446 13.56 36.3252274 136.3506446 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252533 136.3507214 8.98 36.3253083 136.3506931 8.98 36.3253083 136.3506931 13.56 36.3252533 136.3507214 13.56 36.3252533 136.3507214 8.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253083 136.3506931 13.56 36.3252824 136.3506163 13.56 36.3252274 136.3506446 13.56 36.3252533 136.3507214 13.56 36.3253083 136.3506931 13.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">48.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">49.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2333</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_804b6309-db26-4dda-9d90-9419c89bc58b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253848 136.3508852 0 36.3253484 136.3507771 0 36.3252762 136.3508143 0 36.3253126 136.3509224 0 36.3253848 136.3508852 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253126 136.3509224 9.02 36.3252762 136.3508143 9.02 36.3253484 136.3507771 9.02 36.3253848 136.3508852 9.02 36.3253126 136.3509224 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253848 136.3508852 9.02 36.3253484 136.3507771 9.02 36.3253484 136.3507771 12.75 36.3253848 136.3508852 12.75 36.3253848 136.3508852 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253484 136.3507771 9.02 36.3252762 136.3508143 9.02 36.3252762 136.3508143 12.75 36.3253484 136.3507771 12.75 36.3253484 136.3507771 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252762 136.3508143 9.02 36.3253126 136.3509224 9.02 36.3253126 136.3509224 12.75 36.3252762 136.3508143 12.75 36.3252762 136.3508143 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253126 136.3509224 9.02 36.3253848 136.3508852 9.02 36.3253848 136.3508852 12.75 36.3253126 136.3509224 12.75 36.3253126 136.3509224 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253848 136.3508852 12.75 36.3253484 136.3507771 12.75 36.3252762 136.3508143 12.75 36.3253126 136.3509224 12.75 36.3253848 136.3508852 12.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2334</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_05c5008d-0983-4936-8619-a68f643320b7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254391 136.3510413 0 36.3254052 136.3509408 0 36.3253416 136.3509736 0 36.3253755 136.351074 0 36.3254391 136.3510413 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253755 136.351074 9.06 36.3253416 136.3509736 9.06 36.3254052 136.3509408 9.06 36.3254391 136.3510413 9.06 36.3253755 136.351074 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254391 136.3510413 9.06 36.3254052 136.3509408 9.06 36.3254052 136.3509408 14.12 36.3254391 136.3510413 14.12 36.3254391 136.3510413 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254052 136.3509408 9.06 36.3253416 136.3509736 9.06 36.3253416 136.3509736 14.12 36.3254052 136.3509408 14.12 36.3254052 136.3509408 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253416 136.3509736 9.06 36.3253755 136.351074 9.06 36.3253755 136.351074 14.12 36.3253416 136.3509736 14.12 36.3253416 136.3509736 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253755 136.351074 9.06 36.3254391 136.3510413 9.06 36.3254391 136.3510413 14.12 36.3253755 136.351074 14.12 36.3253755 136.351074 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254391 136.3510413 14.12 36.3254052 136.3509408 14.12 36.3253416 136.3509736 14.12 36.3253755 136.351074 14.12 36.3254391 136.3510413 14.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2335</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_22908f36-0785-4b87-bb3d-ad04b56fc0a5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263929 136.3500956 0 36.3265294 136.3505006 0 36.3267001 136.3504127 0 36.3265636 136.3500078 0 36.3263929 136.3500956 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265636 136.3500078 8.3 36.3267001 136.3504127 8.3 36.3265294 136.3505006 8.3 36.3263929 136.3500956 8.3 36.3265636 136.3500078 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263929 136.3500956 8.3 36.3265294 136.3505006 8.3 36.3265294 136.3505006 14.61 36.3263929 136.3500956 14.61 36.3263929 136.3500956 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265294 136.3505006 8.3 36.3267001 136.3504127 8.3 36.3267001 136.3504127 14.61 36.3265294 136.3505006 14.61 36.3265294 136.3505006 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267001 136.3504127 8.3 36.3265636 136.3500078 8.3 36.3265636 136.3500078 14.61 36.3267001 136.3504127 14.61 36.3267001 136.3504127 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265636 136.3500078 8.3 36.3263929 136.3500956 8.3 36.3263929 136.3500956 14.61 36.3265636 136.3500078 14.61 36.3265636 136.3500078 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263929 136.3500956 14.61 36.3265294 136.3505006 14.61 36.3267001 136.3504127 14.61 36.3265636 136.3500078 14.61 36.3263929 136.3500956 14.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">724.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">808.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2364</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d737efe2-cdac-4eee-b883-caee95ebf0e1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326516 136.3508374 0 36.3266749 136.3507556 0 36.3266224 136.3505998 0 36.3264635 136.3506816 0 36.326516 136.3508374 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264635 136.3506816 8.36 36.3266224 136.3505998 8.36 36.3266749 136.3507556 8.36 36.326516 136.3508374 8.36 36.3264635 136.3506816 8.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326516 136.3508374 8.36 36.3266749 136.3507556 8.36 36.3266749 136.3507556 24.16 36.326516 136.3508374 24.16 36.326516 136.3508374 8.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266749 136.3507556 8.36 36.3266224 136.3505998 8.36 36.3266224 136.3505998 24.16 36.3266749 136.3507556 24.16 36.3266749 136.3507556 8.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266224 136.3505998 8.36 36.3264635 136.3506816 8.36 36.3264635 136.3506816 24.16 36.3266224 136.3505998 24.16 36.3266224 136.3505998 8.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264635 136.3506816 8.36 36.326516 136.3508374 8.36 36.326516 136.3508374 24.16 36.3264635 136.3506816 24.16 36.3264635 136.3506816 8.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326516 136.3508374 24.16 36.3266749 136.3507556 24.16 36.3266224 136.3505998 24.16 36.3264635 136.3506816 24.16 36.326516 136.3508374 24.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">949.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">289.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2365</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0c41d1f4-2372-444d-81fc-2b933ad3430d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261658 136.3502872 0 36.3260974 136.3500842 0 36.3260117 136.3501284 0 36.3260801 136.3503313 0 36.3261658 136.3502872 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260801 136.3503313 8.47 36.3260117 136.3501284 8.47 36.3260974 136.3500842 8.47 36.3261658 136.3502872 8.47 36.3260801 136.3503313 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261658 136.3502872 8.47 36.3260974 136.3500842 8.47 36.3260974 136.3500842 15.01 36.3261658 136.3502872 15.01 36.3261658 136.3502872 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260974 136.3500842 8.47 36.3260117 136.3501284 8.47 36.3260117 136.3501284 15.01 36.3260974 136.3500842 15.01 36.3260974 136.3500842 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260117 136.3501284 8.47 36.3260801 136.3503313 8.47 36.3260801 136.3503313 15.01 36.3260117 136.3501284 15.01 36.3260117 136.3501284 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260801 136.3503313 8.47 36.3261658 136.3502872 8.47 36.3261658 136.3502872 15.01 36.3260801 136.3503313 15.01 36.3260801 136.3503313 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261658 136.3502872 15.01 36.3260974 136.3500842 15.01 36.3260117 136.3501284 15.01 36.3260801 136.3503313 15.01 36.3261658 136.3502872 15.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">341.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">203.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2366</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a90ebf78-478d-4d90-9331-6412b3907fcc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262278 136.3504936 0 36.3261919 136.3503872 0 36.3261214 136.3504236 0 36.3261572 136.3505299 0 36.3262278 136.3504936 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261572 136.3505299 8.45 36.3261214 136.3504236 8.45 36.3261919 136.3503872 8.45 36.3262278 136.3504936 8.45 36.3261572 136.3505299 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262278 136.3504936 8.45 36.3261919 136.3503872 8.45 36.3261919 136.3503872 15.1 36.3262278 136.3504936 15.1 36.3262278 136.3504936 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261919 136.3503872 8.45 36.3261214 136.3504236 8.45 36.3261214 136.3504236 15.1 36.3261919 136.3503872 15.1 36.3261919 136.3503872 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261214 136.3504236 8.45 36.3261572 136.3505299 8.45 36.3261572 136.3505299 15.1 36.3261214 136.3504236 15.1 36.3261214 136.3504236 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261572 136.3505299 8.45 36.3262278 136.3504936 8.45 36.3262278 136.3504936 15.1 36.3261572 136.3505299 15.1 36.3261572 136.3505299 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262278 136.3504936 15.1 36.3261919 136.3503872 15.1 36.3261214 136.3504236 15.1 36.3261572 136.3505299 15.1 36.3262278 136.3504936 15.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2367</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_639b4fbf-453e-4724-82f1-056f64a66590">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261447 136.3505363 0 36.3261301 136.3504929 0 36.3260968 136.3505101 0 36.3261114 136.3505535 0 36.3261447 136.3505363 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261114 136.3505535 8.53 36.3260968 136.3505101 8.53 36.3261301 136.3504929 8.53 36.3261447 136.3505363 8.53 36.3261114 136.3505535 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261447 136.3505363 8.53 36.3261301 136.3504929 8.53 36.3261301 136.3504929 11.52 36.3261447 136.3505363 11.52 36.3261447 136.3505363 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261301 136.3504929 8.53 36.3260968 136.3505101 8.53 36.3260968 136.3505101 11.52 36.3261301 136.3504929 11.52 36.3261301 136.3504929 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260968 136.3505101 8.53 36.3261114 136.3505535 8.53 36.3261114 136.3505535 11.52 36.3260968 136.3505101 11.52 36.3260968 136.3505101 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261114 136.3505535 8.53 36.3261447 136.3505363 8.53 36.3261447 136.3505363 11.52 36.3261114 136.3505535 11.52 36.3261114 136.3505535 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261447 136.3505363 11.52 36.3261301 136.3504929 11.52 36.3260968 136.3505101 11.52 36.3261114 136.3505535 11.52 36.3261447 136.3505363 11.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">16.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2368</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2a3fe284-079b-43c2-acd5-8b58939c47a4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262879 136.3506839 0 36.3262502 136.3505722 0 36.3261696 136.3506137 0 36.3262073 136.3507254 0 36.3262879 136.3506839 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262073 136.3507254 8.46 36.3261696 136.3506137 8.46 36.3262502 136.3505722 8.46 36.3262879 136.3506839 8.46 36.3262073 136.3507254 8.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262879 136.3506839 8.46 36.3262502 136.3505722 8.46 36.3262502 136.3505722 15.34 36.3262879 136.3506839 15.34 36.3262879 136.3506839 8.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262502 136.3505722 8.46 36.3261696 136.3506137 8.46 36.3261696 136.3506137 15.34 36.3262502 136.3505722 15.34 36.3262502 136.3505722 8.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261696 136.3506137 8.46 36.3262073 136.3507254 8.46 36.3262073 136.3507254 15.34 36.3261696 136.3506137 15.34 36.3261696 136.3506137 8.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262073 136.3507254 8.46 36.3262879 136.3506839 8.46 36.3262879 136.3506839 15.34 36.3262073 136.3507254 15.34 36.3262073 136.3507254 8.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262879 136.3506839 15.34 36.3262502 136.3505722 15.34 36.3261696 136.3506137 15.34 36.3262073 136.3507254 15.34 36.3262879 136.3506839 15.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">204.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2369</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fec8acb1-137f-4552-82cc-e0bf1c9bd8c5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261948 136.3507319 0 36.3261753 136.350674 0 36.3261404 136.350692 0 36.3261599 136.3507498 0 36.3261948 136.3507319 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261599 136.3507498 8.53 36.3261404 136.350692 8.53 36.3261753 136.350674 8.53 36.3261948 136.3507319 8.53 36.3261599 136.3507498 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261948 136.3507319 8.53 36.3261753 136.350674 8.53 36.3261753 136.350674 11.33 36.3261948 136.3507319 11.33 36.3261948 136.3507319 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261753 136.350674 8.53 36.3261404 136.350692 8.53 36.3261404 136.350692 11.33 36.3261753 136.350674 11.33 36.3261753 136.350674 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261404 136.350692 8.53 36.3261599 136.3507498 8.53 36.3261599 136.3507498 11.33 36.3261404 136.350692 11.33 36.3261404 136.350692 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261599 136.3507498 8.53 36.3261948 136.3507319 8.53 36.3261948 136.3507319 11.33 36.3261599 136.3507498 11.33 36.3261599 136.3507498 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261948 136.3507319 11.33 36.3261753 136.350674 11.33 36.3261404 136.350692 11.33 36.3261599 136.3507498 11.33 36.3261948 136.3507319 11.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">20.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">23.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2370</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b56d2d62-ac51-4a28-9659-918693121ef5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263601 136.3508559 0 36.3263144 136.3507203 0 36.3262597 136.3507484 0 36.3263054 136.350884 0 36.3263601 136.3508559 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263054 136.350884 8.47 36.3262597 136.3507484 8.47 36.3263144 136.3507203 8.47 36.3263601 136.3508559 8.47 36.3263054 136.350884 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263601 136.3508559 8.47 36.3263144 136.3507203 8.47 36.3263144 136.3507203 13.73 36.3263601 136.3508559 13.73 36.3263601 136.3508559 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263144 136.3507203 8.47 36.3262597 136.3507484 8.47 36.3262597 136.3507484 13.73 36.3263144 136.3507203 13.73 36.3263144 136.3507203 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262597 136.3507484 8.47 36.3263054 136.350884 8.47 36.3263054 136.350884 13.73 36.3262597 136.3507484 13.73 36.3262597 136.3507484 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263054 136.350884 8.47 36.3263601 136.3508559 8.47 36.3263601 136.3508559 13.73 36.3263054 136.350884 13.73 36.3263054 136.350884 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263601 136.3508559 13.73 36.3263144 136.3507203 13.73 36.3262597 136.3507484 13.73 36.3263054 136.350884 13.73 36.3263601 136.3508559 13.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">85.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.6</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2371</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_94ee204f-1b80-486a-a30a-3c98b45ab3ef">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249809 136.3516332 0 36.3250562 136.3515945 0 36.3250259 136.3515045 0 36.3249506 136.3515433 0 36.3249809 136.3516332 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249506 136.3515433 9.4 36.3250259 136.3515045 9.4 36.3250562 136.3515945 9.4 36.3249809 136.3516332 9.4 36.3249506 136.3515433 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249809 136.3516332 9.4 36.3250562 136.3515945 9.4 36.3250562 136.3515945 15.77 36.3249809 136.3516332 15.77 36.3249809 136.3516332 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250562 136.3515945 9.4 36.3250259 136.3515045 9.4 36.3250259 136.3515045 15.77 36.3250562 136.3515945 15.77 36.3250562 136.3515945 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250259 136.3515045 9.4 36.3249506 136.3515433 9.4 36.3249506 136.3515433 15.77 36.3250259 136.3515045 15.77 36.3250259 136.3515045 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249506 136.3515433 9.4 36.3249809 136.3516332 9.4 36.3249809 136.3516332 15.77 36.3249506 136.3515433 15.77 36.3249506 136.3515433 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249809 136.3516332 15.77 36.3250562 136.3515945 15.77 36.3250259 136.3515045 15.77 36.3249506 136.3515433 15.77 36.3249809 136.3516332 15.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">138.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2768</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b35019d-2ac9-4dcb-bac5-ac088fa12010">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250818 136.3515784 0 36.3251702 136.3515328 0 36.3251414 136.3514474 0 36.325053 136.351493 0 36.3250818 136.3515784 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325053 136.351493 9.4 36.3251414 136.3514474 9.4 36.3251702 136.3515328 9.4 36.3250818 136.3515784 9.4 36.325053 136.351493 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250818 136.3515784 9.4 36.3251702 136.3515328 9.4 36.3251702 136.3515328 16.37 36.3250818 136.3515784 16.37 36.3250818 136.3515784 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251702 136.3515328 9.4 36.3251414 136.3514474 9.4 36.3251414 136.3514474 16.37 36.3251702 136.3515328 16.37 36.3251702 136.3515328 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251414 136.3514474 9.4 36.325053 136.351493 9.4 36.325053 136.351493 16.37 36.3251414 136.3514474 16.37 36.3251414 136.3514474 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325053 136.351493 9.4 36.3250818 136.3515784 9.4 36.3250818 136.3515784 16.37 36.325053 136.351493 16.37 36.325053 136.351493 9.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250818 136.3515784 16.37 36.3251702 136.3515328 16.37 36.3251414 136.3514474 16.37 36.325053 136.351493 16.37 36.3250818 136.3515784 16.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2769</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e2f90bab-4125-4824-8485-e93dfa4c13ff">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325025 136.3514099 0 36.3251172 136.3513624 0 36.3250906 136.3512833 0 36.3249983 136.3513308 0 36.325025 136.3514099 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249983 136.3513308 9.31 36.3250906 136.3512833 9.31 36.3251172 136.3513624 9.31 36.325025 136.3514099 9.31 36.3249983 136.3513308 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325025 136.3514099 9.31 36.3251172 136.3513624 9.31 36.3251172 136.3513624 16.24 36.325025 136.3514099 16.24 36.325025 136.3514099 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251172 136.3513624 9.31 36.3250906 136.3512833 9.31 36.3250906 136.3512833 16.24 36.3251172 136.3513624 16.24 36.3251172 136.3513624 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250906 136.3512833 9.31 36.3249983 136.3513308 9.31 36.3249983 136.3513308 16.24 36.3250906 136.3512833 16.24 36.3250906 136.3512833 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249983 136.3513308 9.31 36.325025 136.3514099 9.31 36.325025 136.3514099 16.24 36.3249983 136.3513308 16.24 36.3249983 136.3513308 9.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325025 136.3514099 16.24 36.3251172 136.3513624 16.24 36.3250906 136.3512833 16.24 36.3249983 136.3513308 16.24 36.325025 136.3514099 16.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">160.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2770</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_51d3d7f2-e8ee-46ea-890a-3a0ff2ca6fee">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325233 136.3515038 0 36.3253205 136.3514587 0 36.325289 136.351365 0 36.3252014 136.3514101 0 36.325233 136.3515038 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252014 136.3514101 9.39 36.325289 136.351365 9.39 36.3253205 136.3514587 9.39 36.325233 136.3515038 9.39 36.3252014 136.3514101 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325233 136.3515038 9.39 36.3253205 136.3514587 9.39 36.3253205 136.3514587 15.95 36.325233 136.3515038 15.95 36.325233 136.3515038 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253205 136.3514587 9.39 36.325289 136.351365 9.39 36.325289 136.351365 15.95 36.3253205 136.3514587 15.95 36.3253205 136.3514587 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325289 136.351365 9.39 36.3252014 136.3514101 9.39 36.3252014 136.3514101 15.95 36.325289 136.351365 15.95 36.325289 136.351365 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252014 136.3514101 9.39 36.325233 136.3515038 9.39 36.325233 136.3515038 15.95 36.3252014 136.3514101 15.95 36.3252014 136.3514101 9.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325233 136.3515038 15.95 36.3253205 136.3514587 15.95 36.325289 136.351365 15.95 36.3252014 136.3514101 15.95 36.325233 136.3515038 15.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.94</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2771</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_659feb48-7c4f-415b-bcce-985871230917">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325176 136.351335 0 36.3252481 136.3512979 0 36.3252216 136.3512193 0 36.3251495 136.3512564 0 36.325176 136.351335 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251495 136.3512564 9.28 36.3252216 136.3512193 9.28 36.3252481 136.3512979 9.28 36.325176 136.351335 9.28 36.3251495 136.3512564 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325176 136.351335 9.28 36.3252481 136.3512979 9.28 36.3252481 136.3512979 16.09 36.325176 136.351335 16.09 36.325176 136.351335 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252481 136.3512979 9.28 36.3252216 136.3512193 9.28 36.3252216 136.3512193 16.09 36.3252481 136.3512979 16.09 36.3252481 136.3512979 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252216 136.3512193 9.28 36.3251495 136.3512564 9.28 36.3251495 136.3512564 16.09 36.3252216 136.3512193 16.09 36.3252216 136.3512193 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251495 136.3512564 9.28 36.325176 136.351335 9.28 36.325176 136.351335 16.09 36.3251495 136.3512564 16.09 36.3251495 136.3512564 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325176 136.351335 16.09 36.3252481 136.3512979 16.09 36.3252216 136.3512193 16.09 36.3251495 136.3512564 16.09 36.325176 136.351335 16.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">131.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">66.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2772</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87db87b2-c215-4576-ba50-053398566cd3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252402 136.351372 0 36.3252838 136.3513496 0 36.3252696 136.3513075 0 36.325226 136.3513299 0 36.3252402 136.351372 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325226 136.3513299 9.35 36.3252696 136.3513075 9.35 36.3252838 136.3513496 9.35 36.3252402 136.351372 9.35 36.325226 136.3513299 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252402 136.351372 9.35 36.3252838 136.3513496 9.35 36.3252838 136.3513496 12.21 36.3252402 136.351372 12.21 36.3252402 136.351372 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252838 136.3513496 9.35 36.3252696 136.3513075 9.35 36.3252696 136.3513075 12.21 36.3252838 136.3513496 12.21 36.3252838 136.3513496 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252696 136.3513075 9.35 36.325226 136.3513299 9.35 36.325226 136.3513299 12.21 36.3252696 136.3513075 12.21 36.3252696 136.3513075 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325226 136.3513299 9.35 36.3252402 136.351372 9.35 36.3252402 136.351372 12.21 36.325226 136.3513299 12.21 36.325226 136.3513299 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252402 136.351372 12.21 36.3252838 136.3513496 12.21 36.3252696 136.3513075 12.21 36.325226 136.3513299 12.21 36.3252402 136.351372 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">19.31</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">21.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2773</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_67c7ef2c-5373-43c6-910e-e87625136cae">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253661 136.3514459 0 36.3254457 136.351405 0 36.3254137 136.3513101 0 36.3253342 136.3513511 0 36.3253661 136.3514459 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253342 136.3513511 9.27 36.3254137 136.3513101 9.27 36.3254457 136.351405 9.27 36.3253661 136.3514459 9.27 36.3253342 136.3513511 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253661 136.3514459 9.27 36.3254457 136.351405 9.27 36.3254457 136.351405 16.13 36.3253661 136.3514459 16.13 36.3253661 136.3514459 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254457 136.351405 9.27 36.3254137 136.3513101 9.27 36.3254137 136.3513101 16.13 36.3254457 136.351405 16.13 36.3254457 136.351405 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254137 136.3513101 9.27 36.3253342 136.3513511 9.27 36.3253342 136.3513511 16.13 36.3254137 136.3513101 16.13 36.3254137 136.3513101 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253342 136.3513511 9.27 36.3253661 136.3514459 9.27 36.3253661 136.3514459 16.13 36.3253342 136.3513511 16.13 36.3253342 136.3513511 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253661 136.3514459 16.13 36.3254457 136.351405 16.13 36.3254137 136.3513101 16.13 36.3253342 136.3513511 16.13 36.3253661 136.3514459 16.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">164.32</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2774</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_27769b97-06d0-44e1-aa8a-051fadb7bd5f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252498 136.351674 0 36.3251678 136.3517162 0 36.3251991 136.3518091 0 36.3252811 136.3517668 0 36.3252498 136.351674 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252811 136.3517668 9.5 36.3251991 136.3518091 9.5 36.3251678 136.3517162 9.5 36.3252498 136.351674 9.5 36.3252811 136.3517668 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252498 136.351674 9.5 36.3251678 136.3517162 9.5 36.3251678 136.3517162 15.3 36.3252498 136.351674 15.3 36.3252498 136.351674 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251678 136.3517162 9.5 36.3251991 136.3518091 9.5 36.3251991 136.3518091 15.3 36.3251678 136.3517162 15.3 36.3251678 136.3517162 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251991 136.3518091 9.5 36.3252811 136.3517668 9.5 36.3252811 136.3517668 15.3 36.3251991 136.3518091 15.3 36.3251991 136.3518091 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252811 136.3517668 9.5 36.3252498 136.351674 9.5 36.3252498 136.351674 15.3 36.3252811 136.3517668 15.3 36.3252811 136.3517668 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252498 136.351674 15.3 36.3251678 136.3517162 15.3 36.3251991 136.3518091 15.3 36.3252811 136.3517668 15.3 36.3252498 136.351674 15.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">173.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2775</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0ded61b1-93b7-4465-93e7-6118013aae47">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253975 136.3515842 0 36.3252954 136.3516367 0 36.3253287 136.3517355 0 36.3254308 136.3516829 0 36.3253975 136.3515842 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254308 136.3516829 9.41 36.3253287 136.3517355 9.41 36.3252954 136.3516367 9.41 36.3253975 136.3515842 9.41 36.3254308 136.3516829 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253975 136.3515842 9.41 36.3252954 136.3516367 9.41 36.3252954 136.3516367 16.54 36.3253975 136.3515842 16.54 36.3253975 136.3515842 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252954 136.3516367 9.41 36.3253287 136.3517355 9.41 36.3253287 136.3517355 16.54 36.3252954 136.3516367 16.54 36.3252954 136.3516367 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253287 136.3517355 9.41 36.3254308 136.3516829 9.41 36.3254308 136.3516829 16.54 36.3253287 136.3517355 16.54 36.3253287 136.3517355 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254308 136.3516829 9.41 36.3253975 136.3515842 9.41 36.3253975 136.3515842 16.54 36.3254308 136.3516829 16.54 36.3254308 136.3516829 9.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253975 136.3515842 16.54 36.3252954 136.3516367 16.54 36.3253287 136.3517355 16.54 36.3254308 136.3516829 16.54 36.3253975 136.3515842 16.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">220.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">117.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2776</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5e0b127d-3edc-48aa-9601-0a98c65c36aa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254426 136.3517483 0 36.3253492 136.3517964 0 36.3253766 136.3518777 0 36.32547 136.3518296 0 36.3254426 136.3517483 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32547 136.3518296 9.42 36.3253766 136.3518777 9.42 36.3253492 136.3517964 9.42 36.3254426 136.3517483 9.42 36.32547 136.3518296 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254426 136.3517483 9.42 36.3253492 136.3517964 9.42 36.3253492 136.3517964 13.73 36.3254426 136.3517483 13.73 36.3254426 136.3517483 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253492 136.3517964 9.42 36.3253766 136.3518777 9.42 36.3253766 136.3518777 13.73 36.3253492 136.3517964 13.73 36.3253492 136.3517964 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253766 136.3518777 9.42 36.32547 136.3518296 9.42 36.32547 136.3518296 13.73 36.3253766 136.3518777 13.73 36.3253766 136.3518777 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32547 136.3518296 9.42 36.3254426 136.3517483 9.42 36.3254426 136.3517483 13.73 36.32547 136.3518296 13.73 36.32547 136.3518296 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254426 136.3517483 13.73 36.3253492 136.3517964 13.73 36.3253766 136.3518777 13.73 36.32547 136.3518296 13.73 36.3254426 136.3517483 13.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2777</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_09e665e4-bb9d-4076-965a-28d472a77bdb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255528 136.351512 0 36.325451 136.3515644 0 36.3254784 136.3516456 0 36.3255801 136.3515932 0 36.3255528 136.351512 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255801 136.3515932 9.28 36.3254784 136.3516456 9.28 36.325451 136.3515644 9.28 36.3255528 136.351512 9.28 36.3255801 136.3515932 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255528 136.351512 9.28 36.325451 136.3515644 9.28 36.325451 136.3515644 14.7 36.3255528 136.351512 14.7 36.3255528 136.351512 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325451 136.3515644 9.28 36.3254784 136.3516456 9.28 36.3254784 136.3516456 14.7 36.325451 136.3515644 14.7 36.325451 136.3515644 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254784 136.3516456 9.28 36.3255801 136.3515932 9.28 36.3255801 136.3515932 14.7 36.3254784 136.3516456 14.7 36.3254784 136.3516456 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255801 136.3515932 9.28 36.3255528 136.351512 9.28 36.3255528 136.351512 14.7 36.3255801 136.3515932 14.7 36.3255801 136.3515932 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255528 136.351512 14.7 36.325451 136.3515644 14.7 36.3254784 136.3516456 14.7 36.3255801 136.3515932 14.7 36.3255528 136.351512 14.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">158.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2778</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0e626012-09d5-44f7-ba9b-f8eaa1dfdbe7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261497 136.3510527 0 36.3262372 136.3510076 0 36.3262114 136.3509308 0 36.3261238 136.3509759 0 36.3261497 136.3510527 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261238 136.3509759 8.62 36.3262114 136.3509308 8.62 36.3262372 136.3510076 8.62 36.3261497 136.3510527 8.62 36.3261238 136.3509759 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261497 136.3510527 8.62 36.3262372 136.3510076 8.62 36.3262372 136.3510076 15.09 36.3261497 136.3510527 15.09 36.3261497 136.3510527 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262372 136.3510076 8.62 36.3262114 136.3509308 8.62 36.3262114 136.3509308 15.09 36.3262372 136.3510076 15.09 36.3262372 136.3510076 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262114 136.3509308 8.62 36.3261238 136.3509759 8.62 36.3261238 136.3509759 15.09 36.3262114 136.3509308 15.09 36.3262114 136.3509308 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261238 136.3509759 8.62 36.3261497 136.3510527 8.62 36.3261497 136.3510527 15.09 36.3261238 136.3509759 15.09 36.3261238 136.3509759 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261497 136.3510527 15.09 36.3262372 136.3510076 15.09 36.3262114 136.3509308 15.09 36.3261238 136.3509759 15.09 36.3261497 136.3510527 15.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">152.09</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2779</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6cfae3d3-a35b-4e89-817b-ace8d8b0b715">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261614 136.3511787 0 36.3260787 136.3512213 0 36.3261031 136.3512936 0 36.3261857 136.351251 0 36.3261614 136.3511787 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261857 136.351251 8.76 36.3261031 136.3512936 8.76 36.3260787 136.3512213 8.76 36.3261614 136.3511787 8.76 36.3261857 136.351251 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261614 136.3511787 8.76 36.3260787 136.3512213 8.76 36.3260787 136.3512213 14.95 36.3261614 136.3511787 14.95 36.3261614 136.3511787 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260787 136.3512213 8.76 36.3261031 136.3512936 8.76 36.3261031 136.3512936 14.95 36.3260787 136.3512213 14.95 36.3260787 136.3512213 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261031 136.3512936 8.76 36.3261857 136.351251 8.76 36.3261857 136.351251 14.95 36.3261031 136.3512936 14.95 36.3261031 136.3512936 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261857 136.351251 8.76 36.3261614 136.3511787 8.76 36.3261614 136.3511787 14.95 36.3261857 136.351251 14.95 36.3261857 136.351251 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261614 136.3511787 14.95 36.3260787 136.3512213 14.95 36.3261031 136.3512936 14.95 36.3261857 136.351251 14.95 36.3261614 136.3511787 14.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2780</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_be0532e6-4c5b-401f-8764-96f92a0d88ce">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261995 136.3513073 0 36.3261213 136.3513476 0 36.3261518 136.351438 0 36.32623 136.3513977 0 36.3261995 136.3513073 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32623 136.3513977 8.82 36.3261518 136.351438 8.82 36.3261213 136.3513476 8.82 36.3261995 136.3513073 8.82 36.32623 136.3513977 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261995 136.3513073 8.82 36.3261213 136.3513476 8.82 36.3261213 136.3513476 15.72 36.3261995 136.3513073 15.72 36.3261995 136.3513073 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261213 136.3513476 8.82 36.3261518 136.351438 8.82 36.3261518 136.351438 15.72 36.3261213 136.3513476 15.72 36.3261213 136.3513476 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261518 136.351438 8.82 36.32623 136.3513977 8.82 36.32623 136.3513977 15.72 36.3261518 136.351438 15.72 36.3261518 136.351438 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32623 136.3513977 8.82 36.3261995 136.3513073 8.82 36.3261995 136.3513073 15.72 36.32623 136.3513977 15.72 36.32623 136.3513977 8.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261995 136.3513073 15.72 36.3261213 136.3513476 15.72 36.3261518 136.351438 15.72 36.32623 136.3513977 15.72 36.3261995 136.3513073 15.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">151.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2781</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_80dba468-7071-46f9-8a7d-592fc96bce0c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11.2</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263319 136.3510816 0 36.326225 136.3511366 0 36.3262604 136.3512415 0 36.3263672 136.3511865 0 36.3263319 136.3510816 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263672 136.3511865 8.68 36.3262604 136.3512415 8.68 36.326225 136.3511366 8.68 36.3263319 136.3510816 8.68 36.3263672 136.3511865 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263319 136.3510816 8.68 36.326225 136.3511366 8.68 36.326225 136.3511366 19.03 36.3263319 136.3510816 19.03 36.3263319 136.3510816 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326225 136.3511366 8.68 36.3262604 136.3512415 8.68 36.3262604 136.3512415 19.03 36.326225 136.3511366 19.03 36.326225 136.3511366 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262604 136.3512415 8.68 36.3263672 136.3511865 8.68 36.3263672 136.3511865 19.03 36.3262604 136.3512415 19.03 36.3262604 136.3512415 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263672 136.3511865 8.68 36.3263319 136.3510816 8.68 36.3263319 136.3510816 19.03 36.3263672 136.3511865 19.03 36.3263672 136.3511865 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263319 136.3510816 19.03 36.326225 136.3511366 19.03 36.3262604 136.3512415 19.03 36.3263672 136.3511865 19.03 36.3263319 136.3510816 19.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">383.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">131.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2782</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6af2f7af-4902-4748-a1c9-7a03727f89e8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267817 136.3507064 0 36.3267487 136.3506085 0 36.3266817 136.350643 0 36.3267147 136.3507409 0 36.3267817 136.3507064 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267147 136.3507409 8.37 36.3266817 136.350643 8.37 36.3267487 136.3506085 8.37 36.3267817 136.3507064 8.37 36.3267147 136.3507409 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267817 136.3507064 8.37 36.3267487 136.3506085 8.37 36.3267487 136.3506085 15.39 36.3267817 136.3507064 15.39 36.3267817 136.3507064 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267487 136.3506085 8.37 36.3266817 136.350643 8.37 36.3266817 136.350643 15.39 36.3267487 136.3506085 15.39 36.3267487 136.3506085 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266817 136.350643 8.37 36.3267147 136.3507409 8.37 36.3267147 136.3507409 15.39 36.3266817 136.350643 15.39 36.3266817 136.350643 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267147 136.3507409 8.37 36.3267817 136.3507064 8.37 36.3267817 136.3507064 15.39 36.3267147 136.3507409 15.39 36.3267147 136.3507409 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267817 136.3507064 15.39 36.3267487 136.3506085 15.39 36.3266817 136.350643 15.39 36.3267147 136.3507409 15.39 36.3267817 136.3507064 15.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">132.09</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2783</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6b012011-f4f3-43ab-98d9-afe32d0e28b6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266594 136.350577 0 36.3267604 136.350525 0 36.3267282 136.3504294 0 36.3266272 136.3504814 0 36.3266594 136.350577 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266272 136.3504814 8.35 36.3267282 136.3504294 8.35 36.3267604 136.350525 8.35 36.3266594 136.350577 8.35 36.3266272 136.3504814 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266594 136.350577 8.35 36.3267604 136.350525 8.35 36.3267604 136.350525 15.22 36.3266594 136.350577 15.22 36.3266594 136.350577 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267604 136.350525 8.35 36.3267282 136.3504294 8.35 36.3267282 136.3504294 15.22 36.3267604 136.350525 15.22 36.3267604 136.350525 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267282 136.3504294 8.35 36.3266272 136.3504814 8.35 36.3266272 136.3504814 15.22 36.3267282 136.3504294 15.22 36.3267282 136.3504294 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266272 136.3504814 8.35 36.3266594 136.350577 8.35 36.3266594 136.350577 15.22 36.3266272 136.3504814 15.22 36.3266272 136.3504814 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266594 136.350577 15.22 36.3267604 136.350525 15.22 36.3267282 136.3504294 15.22 36.3266272 136.3504814 15.22 36.3266594 136.350577 15.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">216.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2784</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a6c888c7-a47d-4cd9-b868-0a311135e925">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269343 136.3506369 0 36.3271133 136.3505447 0 36.3270772 136.3504377 0 36.3268982 136.3505299 0 36.3269343 136.3506369 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268982 136.3505299 8.38 36.3270772 136.3504377 8.38 36.3271133 136.3505447 8.38 36.3269343 136.3506369 8.38 36.3268982 136.3505299 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269343 136.3506369 8.38 36.3271133 136.3505447 8.38 36.3271133 136.3505447 14.98 36.3269343 136.3506369 14.98 36.3269343 136.3506369 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271133 136.3505447 8.38 36.3270772 136.3504377 8.38 36.3270772 136.3504377 14.98 36.3271133 136.3505447 14.98 36.3271133 136.3505447 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270772 136.3504377 8.38 36.3268982 136.3505299 8.38 36.3268982 136.3505299 14.98 36.3270772 136.3504377 14.98 36.3270772 136.3504377 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268982 136.3505299 8.38 36.3269343 136.3506369 8.38 36.3269343 136.3506369 14.98 36.3268982 136.3505299 14.98 36.3268982 136.3505299 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269343 136.3506369 14.98 36.3271133 136.3505447 14.98 36.3270772 136.3504377 14.98 36.3268982 136.3505299 14.98 36.3269343 136.3506369 14.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">433.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">224.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2785</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8dfca9ef-c41e-4060-b4fe-faf01c4a091c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268685 136.3504417 0 36.3269404 136.3504047 0 36.3269121 136.3503207 0 36.3268402 136.3503578 0 36.3268685 136.3504417 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268402 136.3503578 8.34 36.3269121 136.3503207 8.34 36.3269404 136.3504047 8.34 36.3268685 136.3504417 8.34 36.3268402 136.3503578 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268685 136.3504417 8.34 36.3269404 136.3504047 8.34 36.3269404 136.3504047 14.61 36.3268685 136.3504417 14.61 36.3268685 136.3504417 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269404 136.3504047 8.34 36.3269121 136.3503207 8.34 36.3269121 136.3503207 14.61 36.3269404 136.3504047 14.61 36.3269404 136.3504047 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269121 136.3503207 8.34 36.3268402 136.3503578 8.34 36.3268402 136.3503578 14.61 36.3269121 136.3503207 14.61 36.3269121 136.3503207 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268402 136.3503578 8.34 36.3268685 136.3504417 8.34 36.3268685 136.3504417 14.61 36.3268402 136.3503578 14.61 36.3268402 136.3503578 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268685 136.3504417 14.61 36.3269404 136.3504047 14.61 36.3269121 136.3503207 14.61 36.3268402 136.3503578 14.61 36.3268685 136.3504417 14.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">134.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2786</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c8b3809e-1023-4110-9d48-207e3663f625">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283198 136.3500634 0 36.3282061 136.3501219 0 36.3282486 136.3502481 0 36.3283623 136.3501896 0 36.3283198 136.3500634 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283623 136.3501896 7.53 36.3282486 136.3502481 7.53 36.3282061 136.3501219 7.53 36.3283198 136.3500634 7.53 36.3283623 136.3501896 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283198 136.3500634 7.53 36.3282061 136.3501219 7.53 36.3282061 136.3501219 14.29 36.3283198 136.3500634 14.29 36.3283198 136.3500634 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282061 136.3501219 7.53 36.3282486 136.3502481 7.53 36.3282486 136.3502481 14.29 36.3282061 136.3501219 14.29 36.3282061 136.3501219 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282486 136.3502481 7.53 36.3283623 136.3501896 7.53 36.3283623 136.3501896 14.29 36.3282486 136.3502481 14.29 36.3282486 136.3502481 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283623 136.3501896 7.53 36.3283198 136.3500634 7.53 36.3283198 136.3500634 14.29 36.3283623 136.3501896 14.29 36.3283623 136.3501896 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283198 136.3500634 14.29 36.3282061 136.3501219 14.29 36.3282486 136.3502481 14.29 36.3283623 136.3501896 14.29 36.3283198 136.3500634 14.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">300.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2790</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cb566686-acfa-4ad7-983d-a88567511c1f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251332 136.3573656 0 36.3252194 136.3573212 0 36.3251865 136.3572236 0 36.3251003 136.357268 0 36.3251332 136.3573656 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251003 136.357268 9.32 36.3251865 136.3572236 9.32 36.3252194 136.3573212 9.32 36.3251332 136.3573656 9.32 36.3251003 136.357268 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251332 136.3573656 9.32 36.3252194 136.3573212 9.32 36.3252194 136.3573212 16.41 36.3251332 136.3573656 16.41 36.3251332 136.3573656 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252194 136.3573212 9.32 36.3251865 136.3572236 9.32 36.3251865 136.3572236 16.41 36.3252194 136.3573212 16.41 36.3252194 136.3573212 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251865 136.3572236 9.32 36.3251003 136.357268 9.32 36.3251003 136.357268 16.41 36.3251865 136.3572236 16.41 36.3251865 136.3572236 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251003 136.357268 9.32 36.3251332 136.3573656 9.32 36.3251332 136.3573656 16.41 36.3251003 136.357268 16.41 36.3251003 136.357268 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251332 136.3573656 16.41 36.3252194 136.3573212 16.41 36.3251865 136.3572236 16.41 36.3251003 136.357268 16.41 36.3251332 136.3573656 16.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.141</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.2</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">195.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">98.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2832</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_371352a6-b2fa-4c41-a006-a604d8cc09b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1967</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250791 136.3572052 0 36.3251747 136.3571559 0 36.3251466 136.3570725 0 36.325051 136.3571218 0 36.3250791 136.3572052 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325051 136.3571218 9.32 36.3251466 136.3570725 9.32 36.3251747 136.3571559 9.32 36.3250791 136.3572052 9.32 36.325051 136.3571218 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250791 136.3572052 9.32 36.3251747 136.3571559 9.32 36.3251747 136.3571559 15.61 36.3250791 136.3572052 15.61 36.3250791 136.3572052 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251747 136.3571559 9.32 36.3251466 136.3570725 9.32 36.3251466 136.3570725 15.61 36.3251747 136.3571559 15.61 36.3251747 136.3571559 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251466 136.3570725 9.32 36.325051 136.3571218 9.32 36.325051 136.3571218 15.61 36.3251466 136.3570725 15.61 36.3251466 136.3570725 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325051 136.3571218 9.32 36.3250791 136.3572052 9.32 36.3250791 136.3572052 15.61 36.325051 136.3571218 15.61 36.325051 136.3571218 9.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250791 136.3572052 15.61 36.3251747 136.3571559 15.61 36.3251466 136.3570725 15.61 36.325051 136.3571218 15.61 36.3250791 136.3572052 15.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2833</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_10161f89-dd97-4f3c-9385-a01c58acaff2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252443 136.3572782 0 36.3253272 136.3572355 0 36.3253017 136.3571598 0 36.3252188 136.3572025 0 36.3252443 136.3572782 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252188 136.3572025 9.3 36.3253017 136.3571598 9.3 36.3253272 136.3572355 9.3 36.3252443 136.3572782 9.3 36.3252188 136.3572025 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252443 136.3572782 9.3 36.3253272 136.3572355 9.3 36.3253272 136.3572355 16.16 36.3252443 136.3572782 16.16 36.3252443 136.3572782 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253272 136.3572355 9.3 36.3253017 136.3571598 9.3 36.3253017 136.3571598 16.16 36.3253272 136.3572355 16.16 36.3253272 136.3572355 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253017 136.3571598 9.3 36.3252188 136.3572025 9.3 36.3252188 136.3572025 16.16 36.3253017 136.3571598 16.16 36.3253017 136.3571598 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252188 136.3572025 9.3 36.3252443 136.3572782 9.3 36.3252443 136.3572782 16.16 36.3252188 136.3572025 16.16 36.3252188 136.3572025 9.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252443 136.3572782 16.16 36.3253272 136.3572355 16.16 36.3253017 136.3571598 16.16 36.3252188 136.3572025 16.16 36.3252443 136.3572782 16.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:duration uom="hour">3.01</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">136.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2834</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3246baec-3ef1-4ebb-886d-dd753b3bf90c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259257 136.3569749 0 36.3258863 136.3568578 0 36.3258062 136.356899 0 36.3258457 136.3570162 0 36.3259257 136.3569749 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258457 136.3570162 9.23 36.3258062 136.356899 9.23 36.3258863 136.3568578 9.23 36.3259257 136.3569749 9.23 36.3258457 136.3570162 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259257 136.3569749 9.23 36.3258863 136.3568578 9.23 36.3258863 136.3568578 15.34 36.3259257 136.3569749 15.34 36.3259257 136.3569749 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258863 136.3568578 9.23 36.3258062 136.356899 9.23 36.3258062 136.356899 15.34 36.3258863 136.3568578 15.34 36.3258863 136.3568578 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258062 136.356899 9.23 36.3258457 136.3570162 9.23 36.3258457 136.3570162 15.34 36.3258062 136.356899 15.34 36.3258062 136.356899 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258457 136.3570162 9.23 36.3259257 136.3569749 9.23 36.3259257 136.3569749 15.34 36.3258457 136.3570162 15.34 36.3258457 136.3570162 9.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259257 136.3569749 15.34 36.3258863 136.3568578 15.34 36.3258062 136.356899 15.34 36.3258457 136.3570162 15.34 36.3259257 136.3569749 15.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">211.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2835</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d10b8fd8-b871-411f-b352-21d0c4556dfa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250633 136.357544 0 36.324976 136.357589 0 36.3250073 136.3576818 0 36.3250946 136.3576368 0 36.3250633 136.357544 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250946 136.3576368 9.42 36.3250073 136.3576818 9.42 36.324976 136.357589 9.42 36.3250633 136.357544 9.42 36.3250946 136.3576368 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250633 136.357544 9.42 36.324976 136.357589 9.42 36.324976 136.357589 13.61 36.3250633 136.357544 13.61 36.3250633 136.357544 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.324976 136.357589 9.42 36.3250073 136.3576818 9.42 36.3250073 136.3576818 13.61 36.324976 136.357589 13.61 36.324976 136.357589 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250073 136.3576818 9.42 36.3250946 136.3576368 9.42 36.3250946 136.3576368 13.61 36.3250073 136.3576818 13.61 36.3250073 136.3576818 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250946 136.3576368 9.42 36.3250633 136.357544 9.42 36.3250633 136.357544 13.61 36.3250946 136.3576368 13.61 36.3250946 136.3576368 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250633 136.357544 13.61 36.324976 136.357589 13.61 36.3250073 136.3576818 13.61 36.3250946 136.3576368 13.61 36.3250633 136.357544 13.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.345</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">4.57</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">94.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2836</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_49683098-cc5e-4a86-9d7f-0e80d78f0361">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252069 136.3574743 0 36.3251054 136.3575265 0 36.3251354 136.3576155 0 36.3252369 136.3575632 0 36.3252069 136.3574743 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252369 136.3575632 9.38 36.3251354 136.3576155 9.38 36.3251054 136.3575265 9.38 36.3252069 136.3574743 9.38 36.3252369 136.3575632 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252069 136.3574743 9.38 36.3251054 136.3575265 9.38 36.3251054 136.3575265 15.73 36.3252069 136.3574743 15.73 36.3252069 136.3574743 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251054 136.3575265 9.38 36.3251354 136.3576155 9.38 36.3251354 136.3576155 15.73 36.3251054 136.3575265 15.73 36.3251054 136.3575265 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251354 136.3576155 9.38 36.3252369 136.3575632 9.38 36.3252369 136.3575632 15.73 36.3251354 136.3576155 15.73 36.3251354 136.3576155 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252369 136.3575632 9.38 36.3252069 136.3574743 9.38 36.3252069 136.3574743 15.73 36.3252369 136.3575632 15.73 36.3252369 136.3575632 9.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252069 136.3574743 15.73 36.3251054 136.3575265 15.73 36.3251354 136.3576155 15.73 36.3252369 136.3575632 15.73 36.3252069 136.3574743 15.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.173</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">4.11</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">191.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2837</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_569a96cb-3643-4a68-969c-75a3aa5df5b5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252622 136.3576383 0 36.3251608 136.3576906 0 36.3251886 136.3577731 0 36.32529 136.3577208 0 36.3252622 136.3576383 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32529 136.3577208 9.45 36.3251886 136.3577731 9.45 36.3251608 136.3576906 9.45 36.3252622 136.3576383 9.45 36.32529 136.3577208 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252622 136.3576383 9.45 36.3251608 136.3576906 9.45 36.3251608 136.3576906 16.03 36.3252622 136.3576383 16.03 36.3252622 136.3576383 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251608 136.3576906 9.45 36.3251886 136.3577731 9.45 36.3251886 136.3577731 16.03 36.3251608 136.3576906 16.03 36.3251608 136.3576906 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251886 136.3577731 9.45 36.32529 136.3577208 9.45 36.32529 136.3577208 16.03 36.3251886 136.3577731 16.03 36.3251886 136.3577731 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32529 136.3577208 9.45 36.3252622 136.3576383 9.45 36.3252622 136.3576383 16.03 36.32529 136.3577208 16.03 36.32529 136.3577208 9.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252622 136.3576383 16.03 36.3251608 136.3576906 16.03 36.3251886 136.3577731 16.03 36.32529 136.3577208 16.03 36.3252622 136.3576383 16.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.296</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">4.86</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">182.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2838</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_36996517-9376-43f8-bfd9-060e81299a3a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281035 136.3558106 0 36.3282117 136.3557549 0 36.328169 136.3556283 0 36.3280608 136.355684 0 36.3281035 136.3558106 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280608 136.355684 8.24 36.328169 136.3556283 8.24 36.3282117 136.3557549 8.24 36.3281035 136.3558106 8.24 36.3280608 136.355684 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281035 136.3558106 8.24 36.3282117 136.3557549 8.24 36.3282117 136.3557549 12.49 36.3281035 136.3558106 12.49 36.3281035 136.3558106 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282117 136.3557549 8.24 36.328169 136.3556283 8.24 36.328169 136.3556283 12.49 36.3282117 136.3557549 12.49 36.3282117 136.3557549 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328169 136.3556283 8.24 36.3280608 136.355684 8.24 36.3280608 136.355684 12.49 36.328169 136.3556283 12.49 36.328169 136.3556283 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280608 136.355684 8.24 36.3281035 136.3558106 8.24 36.3281035 136.3558106 12.49 36.3280608 136.355684 12.49 36.3280608 136.355684 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281035 136.3558106 12.49 36.3282117 136.3557549 12.49 36.328169 136.3556283 12.49 36.3280608 136.355684 12.49 36.3281035 136.3558106 12.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">160.24</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2839</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3464dc62-714b-4016-90cd-a3321cc08691">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283523 136.3556752 0 36.3284418 136.3556291 0 36.3284178 136.3555581 0 36.3283283 136.3556042 0 36.3283523 136.3556752 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283283 136.3556042 8.18 36.3284178 136.3555581 8.18 36.3284418 136.3556291 8.18 36.3283523 136.3556752 8.18 36.3283283 136.3556042 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283523 136.3556752 8.18 36.3284418 136.3556291 8.18 36.3284418 136.3556291 12.86 36.3283523 136.3556752 12.86 36.3283523 136.3556752 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284418 136.3556291 8.18 36.3284178 136.3555581 8.18 36.3284178 136.3555581 12.86 36.3284418 136.3556291 12.86 36.3284418 136.3556291 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284178 136.3555581 8.18 36.3283283 136.3556042 8.18 36.3283283 136.3556042 12.86 36.3284178 136.3555581 12.86 36.3284178 136.3555581 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283283 136.3556042 8.18 36.3283523 136.3556752 8.18 36.3283523 136.3556752 12.86 36.3283283 136.3556042 12.86 36.3283283 136.3556042 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3283523 136.3556752 12.86 36.3284418 136.3556291 12.86 36.3284178 136.3555581 12.86 36.3283283 136.3556042 12.86 36.3283523 136.3556752 12.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">68.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.35</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2840</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b47e50d7-be35-4a9a-8996-76cc8c3e2e52">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287005 136.355493 0 36.3287752 136.3554545 0 36.3287539 136.3553912 0 36.3286792 136.3554297 0 36.3287005 136.355493 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286792 136.3554297 8.08 36.3287539 136.3553912 8.08 36.3287752 136.3554545 8.08 36.3287005 136.355493 8.08 36.3286792 136.3554297 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287005 136.355493 8.08 36.3287752 136.3554545 8.08 36.3287752 136.3554545 12.68 36.3287005 136.355493 12.68 36.3287005 136.355493 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287752 136.3554545 8.08 36.3287539 136.3553912 8.08 36.3287539 136.3553912 12.68 36.3287752 136.3554545 12.68 36.3287752 136.3554545 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287539 136.3553912 8.08 36.3286792 136.3554297 8.08 36.3286792 136.3554297 12.68 36.3287539 136.3553912 12.68 36.3287539 136.3553912 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286792 136.3554297 8.08 36.3287005 136.355493 8.08 36.3287005 136.355493 12.68 36.3286792 136.3554297 12.68 36.3286792 136.3554297 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287005 136.355493 12.68 36.3287752 136.3554545 12.68 36.3287539 136.3553912 12.68 36.3286792 136.3554297 12.68 36.3287005 136.355493 12.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">49.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">55.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2841</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5cb9d3c7-4cc5-4bc1-95db-02a98d5edd45">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323818 136.353752 0 36.332308 136.35379 0 36.3323348 136.3538696 0 36.3324087 136.3538316 0 36.3323818 136.353752 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324087 136.3538316 7.74 36.3323348 136.3538696 7.74 36.332308 136.35379 7.74 36.3323818 136.353752 7.74 36.3324087 136.3538316 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323818 136.353752 7.74 36.332308 136.35379 7.74 36.332308 136.35379 14.29 36.3323818 136.353752 14.29 36.3323818 136.353752 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332308 136.35379 7.74 36.3323348 136.3538696 7.74 36.3323348 136.3538696 14.29 36.332308 136.35379 14.29 36.332308 136.35379 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323348 136.3538696 7.74 36.3324087 136.3538316 7.74 36.3324087 136.3538316 14.29 36.3323348 136.3538696 14.29 36.3323348 136.3538696 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324087 136.3538316 7.74 36.3323818 136.353752 7.74 36.3323818 136.353752 14.29 36.3324087 136.3538316 14.29 36.3324087 136.3538316 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323818 136.353752 14.29 36.332308 136.35379 14.29 36.3323348 136.3538696 14.29 36.3324087 136.3538316 14.29 36.3323818 136.353752 14.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2842</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ddb3412c-3333-42bd-bad6-681b07a04a21">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261964 136.362404 0 36.3262766 136.3623628 0 36.3262505 136.3622856 0 36.3261704 136.3623268 0 36.3261964 136.362404 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261704 136.3623268 7.79 36.3262505 136.3622856 7.79 36.3262766 136.3623628 7.79 36.3261964 136.362404 7.79 36.3261704 136.3623268 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261964 136.362404 7.79 36.3262766 136.3623628 7.79 36.3262766 136.3623628 14.04 36.3261964 136.362404 14.04 36.3261964 136.362404 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262766 136.3623628 7.79 36.3262505 136.3622856 7.79 36.3262505 136.3622856 14.04 36.3262766 136.3623628 14.04 36.3262766 136.3623628 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262505 136.3622856 7.79 36.3261704 136.3623268 7.79 36.3261704 136.3623268 14.04 36.3262505 136.3622856 14.04 36.3262505 136.3622856 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261704 136.3623268 7.79 36.3261964 136.362404 7.79 36.3261964 136.362404 14.04 36.3261704 136.3623268 14.04 36.3261704 136.3623268 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261964 136.362404 14.04 36.3262766 136.3623628 14.04 36.3262505 136.3622856 14.04 36.3261704 136.3623268 14.04 36.3261964 136.362404 14.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.34</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">18.13</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">2.839</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">40.29</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">118.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2863</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c3e5d358-fe2f-471c-a4c6-431f63f14e3e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311906 136.3600131 0 36.3312885 136.3599627 0 36.3312546 136.3598624 0 36.3311568 136.3599128 0 36.3311906 136.3600131 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311568 136.3599128 7.89 36.3312546 136.3598624 7.89 36.3312885 136.3599627 7.89 36.3311906 136.3600131 7.89 36.3311568 136.3599128 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311906 136.3600131 7.89 36.3312885 136.3599627 7.89 36.3312885 136.3599627 14.86 36.3311906 136.3600131 14.86 36.3311906 136.3600131 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312885 136.3599627 7.89 36.3312546 136.3598624 7.89 36.3312546 136.3598624 14.86 36.3312885 136.3599627 14.86 36.3312885 136.3599627 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312546 136.3598624 7.89 36.3311568 136.3599128 7.89 36.3311568 136.3599128 14.86 36.3312546 136.3598624 14.86 36.3312546 136.3598624 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311568 136.3599128 7.89 36.3311906 136.3600131 7.89 36.3311906 136.3600131 14.86 36.3311568 136.3599128 14.86 36.3311568 136.3599128 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311906 136.3600131 14.86 36.3312885 136.3599627 14.86 36.3312546 136.3598624 14.86 36.3311568 136.3599128 14.86 36.3311906 136.3600131 14.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.312</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">5.61</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">210.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">114.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2864</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b8c7e108-b31e-4bfd-8d58-1febc1248322">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312003 136.3598723 0 36.3312494 136.359847 0 36.3312393 136.3598169 0 36.3311902 136.3598422 0 36.3312003 136.3598723 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311902 136.3598422 7.94 36.3312393 136.3598169 7.94 36.3312494 136.359847 7.94 36.3312003 136.3598723 7.94 36.3311902 136.3598422 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312003 136.3598723 7.94 36.3312494 136.359847 7.94 36.3312494 136.359847 10.66 36.3312003 136.3598723 10.66 36.3312003 136.3598723 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312494 136.359847 7.94 36.3312393 136.3598169 7.94 36.3312393 136.3598169 10.66 36.3312494 136.359847 10.66 36.3312494 136.359847 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312393 136.3598169 7.94 36.3311902 136.3598422 7.94 36.3311902 136.3598422 10.66 36.3312393 136.3598169 10.66 36.3312393 136.3598169 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311902 136.3598422 7.94 36.3312003 136.3598723 7.94 36.3312003 136.3598723 10.66 36.3311902 136.3598422 10.66 36.3311902 136.3598422 7.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312003 136.3598723 10.66 36.3312494 136.359847 10.66 36.3312393 136.3598169 10.66 36.3311902 136.3598422 10.66 36.3312003 136.3598723 10.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.217</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">5.06</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">16.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2865</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_50d7f84d-e161-4cf3-825c-12cd703afc09">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293958 136.3610961 0 36.3292864 136.3611525 0 36.3293271 136.361273 0 36.3294365 136.3612167 0 36.3293958 136.3610961 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294365 136.3612167 8.49 36.3293271 136.361273 8.49 36.3292864 136.3611525 8.49 36.3293958 136.3610961 8.49 36.3294365 136.3612167 8.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293958 136.3610961 8.49 36.3292864 136.3611525 8.49 36.3292864 136.3611525 15.59 36.3293958 136.3610961 15.59 36.3293958 136.3610961 8.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292864 136.3611525 8.49 36.3293271 136.361273 8.49 36.3293271 136.361273 15.59 36.3292864 136.3611525 15.59 36.3292864 136.3611525 8.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293271 136.361273 8.49 36.3294365 136.3612167 8.49 36.3294365 136.3612167 15.59 36.3293271 136.361273 15.59 36.3293271 136.361273 8.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294365 136.3612167 8.49 36.3293958 136.3610961 8.49 36.3293958 136.3610961 15.59 36.3294365 136.3612167 15.59 36.3294365 136.3612167 8.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293958 136.3610961 15.59 36.3292864 136.3611525 15.59 36.3293271 136.361273 15.59 36.3294365 136.3612167 15.59 36.3293958 136.3610961 15.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.316</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">9.56</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.705</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">21.24</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">270.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">154.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2866</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_56a1ea53-7176-44d3-9893-786c7efab650">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296144 136.3611336 0 36.3296294 136.3611781 0 36.3296602 136.3611623 0 36.3296452 136.3611178 0 36.3296144 136.3611336 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296452 136.3611178 8.54 36.3296602 136.3611623 8.54 36.3296294 136.3611781 8.54 36.3296144 136.3611336 8.54 36.3296452 136.3611178 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296144 136.3611336 8.54 36.3296294 136.3611781 8.54 36.3296294 136.3611781 11.58 36.3296144 136.3611336 11.58 36.3296144 136.3611336 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296294 136.3611781 8.54 36.3296602 136.3611623 8.54 36.3296602 136.3611623 11.58 36.3296294 136.3611781 11.58 36.3296294 136.3611781 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296602 136.3611623 8.54 36.3296452 136.3611178 8.54 36.3296452 136.3611178 11.58 36.3296602 136.3611623 11.58 36.3296602 136.3611623 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296452 136.3611178 8.54 36.3296144 136.3611336 8.54 36.3296144 136.3611336 11.58 36.3296452 136.3611178 11.58 36.3296452 136.3611178 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296144 136.3611336 11.58 36.3296294 136.3611781 11.58 36.3296602 136.3611623 11.58 36.3296452 136.3611178 11.58 36.3296144 136.3611336 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.17</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">8.77</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.444</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">19.49</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">15.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">15.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2867</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_db41ab9f-3a66-41e5-8d4c-d7e42aec6bd1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303212 136.3606377 0 36.3302291 136.3606851 0 36.3302627 136.3607847 0 36.3303548 136.3607373 0 36.3303212 136.3606377 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303548 136.3607373 8.2 36.3302627 136.3607847 8.2 36.3302291 136.3606851 8.2 36.3303212 136.3606377 8.2 36.3303548 136.3607373 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303212 136.3606377 8.2 36.3302291 136.3606851 8.2 36.3302291 136.3606851 13.05 36.3303212 136.3606377 13.05 36.3303212 136.3606377 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302291 136.3606851 8.2 36.3302627 136.3607847 8.2 36.3302627 136.3607847 13.05 36.3302291 136.3606851 13.05 36.3302291 136.3606851 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302627 136.3607847 8.2 36.3303548 136.3607373 8.2 36.3303548 136.3607373 13.05 36.3302627 136.3607847 13.05 36.3302627 136.3607847 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303548 136.3607373 8.2 36.3303212 136.3606377 8.2 36.3303212 136.3606377 13.05 36.3303548 136.3607373 13.05 36.3303548 136.3607373 8.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303212 136.3606377 13.05 36.3302291 136.3606851 13.05 36.3302627 136.3607847 13.05 36.3303548 136.3607373 13.05 36.3303212 136.3606377 13.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">1.047</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">13.35</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">97.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">107.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2868</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8c43fba2-ebcf-4812-a844-809a56275c5a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304856 136.3605524 0 36.3303655 136.3606142 0 36.3303911 136.3606901 0 36.3305112 136.3606283 0 36.3304856 136.3605524 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305112 136.3606283 8.13 36.3303911 136.3606901 8.13 36.3303655 136.3606142 8.13 36.3304856 136.3605524 8.13 36.3305112 136.3606283 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304856 136.3605524 8.13 36.3303655 136.3606142 8.13 36.3303655 136.3606142 12.16 36.3304856 136.3605524 12.16 36.3304856 136.3605524 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303655 136.3606142 8.13 36.3303911 136.3606901 8.13 36.3303911 136.3606901 12.16 36.3303655 136.3606142 12.16 36.3303655 136.3606142 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303911 136.3606901 8.13 36.3305112 136.3606283 8.13 36.3305112 136.3606283 12.16 36.3303911 136.3606901 12.16 36.3303911 136.3606901 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305112 136.3606283 8.13 36.3304856 136.3605524 8.13 36.3304856 136.3605524 12.16 36.3305112 136.3606283 12.16 36.3305112 136.3606283 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304856 136.3605524 12.16 36.3303655 136.3606142 12.16 36.3303911 136.3606901 12.16 36.3305112 136.3606283 12.16 36.3304856 136.3605524 12.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.88</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">12.21</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">102.68</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2869</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ed60c7d2-f0b0-424b-bca4-663af5a1c3a8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310099 136.3602554 0 36.3309211 136.3603011 0 36.3309484 136.3603821 0 36.3310372 136.3603364 0 36.3310099 136.3602554 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310372 136.3603364 8 36.3309484 136.3603821 8 36.3309211 136.3603011 8 36.3310099 136.3602554 8 36.3310372 136.3603364 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310099 136.3602554 8 36.3309211 136.3603011 8 36.3309211 136.3603011 14.69 36.3310099 136.3602554 14.69 36.3310099 136.3602554 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309211 136.3603011 8 36.3309484 136.3603821 8 36.3309484 136.3603821 14.69 36.3309211 136.3603011 14.69 36.3309211 136.3603011 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309484 136.3603821 8 36.3310372 136.3603364 8 36.3310372 136.3603364 14.69 36.3309484 136.3603821 14.69 36.3309484 136.3603821 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310372 136.3603364 8 36.3310099 136.3602554 8 36.3310099 136.3602554 14.69 36.3310372 136.3603364 14.69 36.3310372 136.3603364 8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310099 136.3602554 14.69 36.3309211 136.3603011 14.69 36.3309484 136.3603821 14.69 36.3310372 136.3603364 14.69 36.3310099 136.3602554 14.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.732</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">8.64</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">149.92</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.12</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2870</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a03b32c8-a30b-49ec-96c5-9fad1568ff2b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310424 136.3603518 0 36.3310116 136.3603677 0 36.3310237 136.3604037 0 36.3310546 136.3603878 0 36.3310424 136.3603518 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310546 136.3603878 8.01 36.3310237 136.3604037 8.01 36.3310116 136.3603677 8.01 36.3310424 136.3603518 8.01 36.3310546 136.3603878 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310424 136.3603518 8.01 36.3310116 136.3603677 8.01 36.3310116 136.3603677 10.66 36.3310424 136.3603518 10.66 36.3310424 136.3603518 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310116 136.3603677 8.01 36.3310237 136.3604037 8.01 36.3310237 136.3604037 10.66 36.3310116 136.3603677 10.66 36.3310116 136.3603677 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310237 136.3604037 8.01 36.3310546 136.3603878 8.01 36.3310546 136.3603878 10.66 36.3310237 136.3604037 10.66 36.3310237 136.3604037 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310546 136.3603878 8.01 36.3310424 136.3603518 8.01 36.3310424 136.3603518 10.66 36.3310546 136.3603878 10.66 36.3310546 136.3603878 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310424 136.3603518 10.66 36.3310116 136.3603677 10.66 36.3310237 136.3604037 10.66 36.3310546 136.3603878 10.66 36.3310424 136.3603518 10.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.777</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.02</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">12.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">12.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2871</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e9c8d56e-82af-4b69-9c1f-017664a06421">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331647 136.3598115 0 36.3317869 136.3597394 0 36.3317419 136.359606 0 36.331602 136.3596781 0 36.331647 136.3598115 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331602 136.3596781 7.77 36.3317419 136.359606 7.77 36.3317869 136.3597394 7.77 36.331647 136.3598115 7.77 36.331602 136.3596781 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331647 136.3598115 7.77 36.3317869 136.3597394 7.77 36.3317869 136.3597394 15.05 36.331647 136.3598115 15.05 36.331647 136.3598115 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317869 136.3597394 7.77 36.3317419 136.359606 7.77 36.3317419 136.359606 15.05 36.3317869 136.3597394 15.05 36.3317869 136.3597394 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317419 136.359606 7.77 36.331602 136.3596781 7.77 36.331602 136.3596781 15.05 36.3317419 136.359606 15.05 36.3317419 136.359606 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331602 136.3596781 7.77 36.331647 136.3598115 7.77 36.331647 136.3598115 15.05 36.331602 136.3596781 15.05 36.331602 136.3596781 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331647 136.3598115 15.05 36.3317869 136.3597394 15.05 36.3317419 136.359606 15.05 36.331602 136.3596781 15.05 36.331647 136.3598115 15.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.13</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">3.89</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">405.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">218.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2872</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f05c3ba6-2fde-4bf9-896b-4e13be81f1c9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329877 136.359276 0 36.3328834 136.3593298 0 36.3329093 136.3594067 0 36.3330136 136.3593529 0 36.3329877 136.359276 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3330136 136.3593529 7.51 36.3329093 136.3594067 7.51 36.3328834 136.3593298 7.51 36.3329877 136.359276 7.51 36.3330136 136.3593529 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329877 136.359276 7.51 36.3328834 136.3593298 7.51 36.3328834 136.3593298 12.3 36.3329877 136.359276 12.3 36.3329877 136.359276 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328834 136.3593298 7.51 36.3329093 136.3594067 7.51 36.3329093 136.3594067 12.3 36.3328834 136.3593298 12.3 36.3328834 136.3593298 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329093 136.3594067 7.51 36.3330136 136.3593529 7.51 36.3330136 136.3593529 12.3 36.3329093 136.3594067 12.3 36.3329093 136.3594067 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3330136 136.3593529 7.51 36.3329877 136.359276 7.51 36.3329877 136.359276 12.3 36.3330136 136.3593529 12.3 36.3330136 136.3593529 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329877 136.359276 12.3 36.3328834 136.3593298 12.3 36.3329093 136.3594067 12.3 36.3330136 136.3593529 12.3 36.3329877 136.359276 12.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2873</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ed166aa1-3848-4c9d-9919-f2968ba6690e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3331296 136.3591657 0 36.3330196 136.3592223 0 36.3330641 136.3593541 0 36.333174 136.3592975 0 36.3331296 136.3591657 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.333174 136.3592975 7.47 36.3330641 136.3593541 7.47 36.3330196 136.3592223 7.47 36.3331296 136.3591657 7.47 36.333174 136.3592975 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3331296 136.3591657 7.47 36.3330196 136.3592223 7.47 36.3330196 136.3592223 14.88 36.3331296 136.3591657 14.88 36.3331296 136.3591657 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3330196 136.3592223 7.47 36.3330641 136.3593541 7.47 36.3330641 136.3593541 14.88 36.3330196 136.3592223 14.88 36.3330196 136.3592223 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3330641 136.3593541 7.47 36.333174 136.3592975 7.47 36.333174 136.3592975 14.88 36.3330641 136.3593541 14.88 36.3330641 136.3593541 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.333174 136.3592975 7.47 36.3331296 136.3591657 7.47 36.3331296 136.3591657 14.88 36.333174 136.3592975 14.88 36.333174 136.3592975 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3331296 136.3591657 14.88 36.3330196 136.3592223 14.88 36.3330641 136.3593541 14.88 36.333174 136.3592975 14.88 36.3331296 136.3591657 14.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">313.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2874</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bedb90e7-279f-4ce1-9b96-69aaf1dce549">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285652 136.3512011 0 36.3285969 136.3512952 0 36.328672 136.3512565 0 36.3286402 136.3511624 0 36.3285652 136.3512011 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286402 136.3511624 7.36 36.328672 136.3512565 7.36 36.3285969 136.3512952 7.36 36.3285652 136.3512011 7.36 36.3286402 136.3511624 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285652 136.3512011 7.36 36.3285969 136.3512952 7.36 36.3285969 136.3512952 12.62 36.3285652 136.3512011 12.62 36.3285652 136.3512011 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285969 136.3512952 7.36 36.328672 136.3512565 7.36 36.328672 136.3512565 12.62 36.3285969 136.3512952 12.62 36.3285969 136.3512952 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328672 136.3512565 7.36 36.3286402 136.3511624 7.36 36.3286402 136.3511624 12.62 36.328672 136.3512565 12.62 36.328672 136.3512565 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286402 136.3511624 7.36 36.3285652 136.3512011 7.36 36.3285652 136.3512011 12.62 36.3286402 136.3511624 12.62 36.3286402 136.3511624 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285652 136.3512011 12.62 36.3285969 136.3512952 12.62 36.328672 136.3512565 12.62 36.3286402 136.3511624 12.62 36.3285652 136.3512011 12.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.25</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2943</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cd77b374-9866-45b6-a682-ab1317005fb4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290195 136.3524103 0 36.3290692 136.3525577 0 36.329125 136.3525289 0 36.3290753 136.3523815 0 36.3290195 136.3524103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290753 136.3523815 7.39 36.329125 136.3525289 7.39 36.3290692 136.3525577 7.39 36.3290195 136.3524103 7.39 36.3290753 136.3523815 7.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290195 136.3524103 7.39 36.3290692 136.3525577 7.39 36.3290692 136.3525577 11.81 36.3290195 136.3524103 11.81 36.3290195 136.3524103 7.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290692 136.3525577 7.39 36.329125 136.3525289 7.39 36.329125 136.3525289 11.81 36.3290692 136.3525577 11.81 36.3290692 136.3525577 7.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329125 136.3525289 7.39 36.3290753 136.3523815 7.39 36.3290753 136.3523815 11.81 36.329125 136.3525289 11.81 36.329125 136.3525289 7.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290753 136.3523815 7.39 36.3290195 136.3524103 7.39 36.3290195 136.3524103 11.81 36.3290753 136.3523815 11.81 36.3290753 136.3523815 7.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290195 136.3524103 11.81 36.3290692 136.3525577 11.81 36.329125 136.3525289 11.81 36.3290753 136.3523815 11.81 36.3290195 136.3524103 11.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.32</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2944</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_11af4e87-9fc0-4c42-a98a-2db061703622">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286697 136.3518798 0 36.328624 136.3517443 0 36.3285331 136.351791 0 36.3285788 136.3519265 0 36.3286697 136.3518798 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285788 136.3519265 7.4 36.3285331 136.351791 7.4 36.328624 136.3517443 7.4 36.3286697 136.3518798 7.4 36.3285788 136.3519265 7.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286697 136.3518798 7.4 36.328624 136.3517443 7.4 36.328624 136.3517443 14.32 36.3286697 136.3518798 14.32 36.3286697 136.3518798 7.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328624 136.3517443 7.4 36.3285331 136.351791 7.4 36.3285331 136.351791 14.32 36.328624 136.3517443 14.32 36.328624 136.3517443 7.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285331 136.351791 7.4 36.3285788 136.3519265 7.4 36.3285788 136.3519265 14.32 36.3285331 136.351791 14.32 36.3285331 136.351791 7.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285788 136.3519265 7.4 36.3286697 136.3518798 7.4 36.3286697 136.3518798 14.32 36.3285788 136.3519265 14.32 36.3285788 136.3519265 7.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286697 136.3518798 14.32 36.328624 136.3517443 14.32 36.3285331 136.351791 14.32 36.3285788 136.3519265 14.32 36.3286697 136.3518798 14.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">238.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">144</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2945</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a7aec883-4455-4b65-a28c-7062dd3c4e4d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289351 136.3526458 0 36.3288809 136.352485 0 36.3287909 136.3525313 0 36.3288452 136.3526922 0 36.3289351 136.3526458 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288452 136.3526922 7.5 36.3287909 136.3525313 7.5 36.3288809 136.352485 7.5 36.3289351 136.3526458 7.5 36.3288452 136.3526922 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289351 136.3526458 7.5 36.3288809 136.352485 7.5 36.3288809 136.352485 11.6 36.3289351 136.3526458 11.6 36.3289351 136.3526458 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288809 136.352485 7.5 36.3287909 136.3525313 7.5 36.3287909 136.3525313 11.6 36.3288809 136.352485 11.6 36.3288809 136.352485 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287909 136.3525313 7.5 36.3288452 136.3526922 7.5 36.3288452 136.3526922 11.6 36.3287909 136.3525313 11.6 36.3287909 136.3525313 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288452 136.3526922 7.5 36.3289351 136.3526458 7.5 36.3289351 136.3526458 11.6 36.3288452 136.3526922 11.6 36.3288452 136.3526922 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289351 136.3526458 11.6 36.3288809 136.352485 11.6 36.3287909 136.3525313 11.6 36.3288452 136.3526922 11.6 36.3289351 136.3526458 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">159.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2946</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c3f8696f-ad0d-4bad-9401-306492d4b141">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302043 136.3561057 0 36.3302564 136.3562604 0 36.3303424 136.3562161 0 36.3302902 136.3560614 0 36.3302043 136.3561057 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302902 136.3560614 8.06 36.3303424 136.3562161 8.06 36.3302564 136.3562604 8.06 36.3302043 136.3561057 8.06 36.3302902 136.3560614 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302043 136.3561057 8.06 36.3302564 136.3562604 8.06 36.3302564 136.3562604 12.32 36.3302043 136.3561057 12.32 36.3302043 136.3561057 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302564 136.3562604 8.06 36.3303424 136.3562161 8.06 36.3303424 136.3562161 12.32 36.3302564 136.3562604 12.32 36.3302564 136.3562604 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303424 136.3562161 8.06 36.3302902 136.3560614 8.06 36.3302902 136.3560614 12.32 36.3303424 136.3562161 12.32 36.3303424 136.3562161 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302902 136.3560614 8.06 36.3302043 136.3561057 8.06 36.3302043 136.3561057 12.32 36.3302902 136.3560614 12.32 36.3302902 136.3560614 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302043 136.3561057 12.32 36.3302564 136.3562604 12.32 36.3303424 136.3562161 12.32 36.3302902 136.3560614 12.32 36.3302043 136.3561057 12.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">134.68</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">155.46</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2947</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f7773e00-6c90-46a4-941e-b6756039c318">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1962</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330665 136.3572874 0 36.330708 136.3574148 0 36.3307639 136.357386 0 36.3307209 136.3572586 0 36.330665 136.3572874 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307209 136.3572586 8.09 36.3307639 136.357386 8.09 36.330708 136.3574148 8.09 36.330665 136.3572874 8.09 36.3307209 136.3572586 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330665 136.3572874 8.09 36.330708 136.3574148 8.09 36.330708 136.3574148 12.09 36.330665 136.3572874 12.09 36.330665 136.3572874 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330708 136.3574148 8.09 36.3307639 136.357386 8.09 36.3307639 136.357386 12.09 36.330708 136.3574148 12.09 36.330708 136.3574148 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307639 136.357386 8.09 36.3307209 136.3572586 8.09 36.3307209 136.3572586 12.09 36.3307639 136.357386 12.09 36.3307639 136.357386 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307209 136.3572586 8.09 36.330665 136.3572874 8.09 36.330665 136.3572874 12.09 36.3307209 136.3572586 12.09 36.3307209 136.3572586 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330665 136.3572874 12.09 36.330708 136.3574148 12.09 36.3307639 136.357386 12.09 36.3307209 136.3572586 12.09 36.330665 136.3572874 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">72.44</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2948</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b3845c22-f9f3-4b8a-a437-f852e326391c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308733 136.3580903 0 36.3309246 136.3582424 0 36.3310188 136.3581939 0 36.3309675 136.3580418 0 36.3308733 136.3580903 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309675 136.3580418 8.05 36.3310188 136.3581939 8.05 36.3309246 136.3582424 8.05 36.3308733 136.3580903 8.05 36.3309675 136.3580418 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308733 136.3580903 8.05 36.3309246 136.3582424 8.05 36.3309246 136.3582424 14.73 36.3308733 136.3580903 14.73 36.3308733 136.3580903 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309246 136.3582424 8.05 36.3310188 136.3581939 8.05 36.3310188 136.3581939 14.73 36.3309246 136.3582424 14.73 36.3309246 136.3582424 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310188 136.3581939 8.05 36.3309675 136.3580418 8.05 36.3309675 136.3580418 14.73 36.3310188 136.3581939 14.73 36.3310188 136.3581939 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309675 136.3580418 8.05 36.3308733 136.3580903 8.05 36.3308733 136.3580903 14.73 36.3309675 136.3580418 14.73 36.3309675 136.3580418 8.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308733 136.3580903 14.73 36.3309246 136.3582424 14.73 36.3310188 136.3581939 14.73 36.3309675 136.3580418 14.73 36.3308733 136.3580903 14.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">325.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2949</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_31ba582e-af29-47a3-801d-1a28ae534862">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309468 136.3583185 0 36.3309842 136.3584296 0 36.3310642 136.3583884 0 36.3310268 136.3582773 0 36.3309468 136.3583185 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310268 136.3582773 8.08 36.3310642 136.3583884 8.08 36.3309842 136.3584296 8.08 36.3309468 136.3583185 8.08 36.3310268 136.3582773 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309468 136.3583185 8.08 36.3309842 136.3584296 8.08 36.3309842 136.3584296 14.91 36.3309468 136.3583185 14.91 36.3309468 136.3583185 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309842 136.3584296 8.08 36.3310642 136.3583884 8.08 36.3310642 136.3583884 14.91 36.3309842 136.3584296 14.91 36.3309842 136.3584296 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310642 136.3583884 8.08 36.3310268 136.3582773 8.08 36.3310268 136.3582773 14.91 36.3310642 136.3583884 14.91 36.3310642 136.3583884 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310268 136.3582773 8.08 36.3309468 136.3583185 8.08 36.3309468 136.3583185 14.91 36.3310268 136.3582773 14.91 36.3310268 136.3582773 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309468 136.3583185 14.91 36.3309842 136.3584296 14.91 36.3310642 136.3583884 14.91 36.3310268 136.3582773 14.91 36.3309468 136.3583185 14.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">175.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2950</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_13ee28d1-814b-47a5-a991-990b4e1f0360">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310163 136.3584513 0 36.3310554 136.3585672 0 36.3311308 136.3585284 0 36.3310918 136.3584125 0 36.3310163 136.3584513 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310918 136.3584125 8.1 36.3311308 136.3585284 8.1 36.3310554 136.3585672 8.1 36.3310163 136.3584513 8.1 36.3310918 136.3584125 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310163 136.3584513 8.1 36.3310554 136.3585672 8.1 36.3310554 136.3585672 13.37 36.3310163 136.3584513 13.37 36.3310163 136.3584513 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310554 136.3585672 8.1 36.3311308 136.3585284 8.1 36.3311308 136.3585284 13.37 36.3310554 136.3585672 13.37 36.3310554 136.3585672 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311308 136.3585284 8.1 36.3310918 136.3584125 8.1 36.3310918 136.3584125 13.37 36.3311308 136.3585284 13.37 36.3311308 136.3585284 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310918 136.3584125 8.1 36.3310163 136.3584513 8.1 36.3310163 136.3584513 13.37 36.3310918 136.3584125 13.37 36.3310918 136.3584125 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310163 136.3584513 13.37 36.3310554 136.3585672 13.37 36.3311308 136.3585284 13.37 36.3310918 136.3584125 13.37 36.3310163 136.3584513 13.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2951</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2ffdab51-7e3c-42cd-abe5-295b37b77ff0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331478 136.3597595 0 36.3315589 136.3597178 0 36.3315278 136.3596255 0 36.3314468 136.3596672 0 36.331478 136.3597595 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314468 136.3596672 7.87 36.3315278 136.3596255 7.87 36.3315589 136.3597178 7.87 36.331478 136.3597595 7.87 36.3314468 136.3596672 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331478 136.3597595 7.87 36.3315589 136.3597178 7.87 36.3315589 136.3597178 12.2 36.331478 136.3597595 12.2 36.331478 136.3597595 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315589 136.3597178 7.87 36.3315278 136.3596255 7.87 36.3315278 136.3596255 12.2 36.3315589 136.3597178 12.2 36.3315589 136.3597178 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315278 136.3596255 7.87 36.3314468 136.3596672 7.87 36.3314468 136.3596672 12.2 36.3315278 136.3596255 12.2 36.3315278 136.3596255 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314468 136.3596672 7.87 36.331478 136.3597595 7.87 36.331478 136.3597595 12.2 36.3314468 136.3596672 12.2 36.3314468 136.3596672 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331478 136.3597595 12.2 36.3315589 136.3597178 12.2 36.3315278 136.3596255 12.2 36.3314468 136.3596672 12.2 36.331478 136.3597595 12.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">84.56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2952</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fb78eaa5-bd10-4c21-aa57-3edc4baab6b7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299645 136.3557828 0 36.3299131 136.3556303 0 36.3298119 136.3556824 0 36.3298633 136.3558349 0 36.3299645 136.3557828 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298633 136.3558349 8.13 36.3298119 136.3556824 8.13 36.3299131 136.3556303 8.13 36.3299645 136.3557828 8.13 36.3298633 136.3558349 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299645 136.3557828 8.13 36.3299131 136.3556303 8.13 36.3299131 136.3556303 12.5 36.3299645 136.3557828 12.5 36.3299645 136.3557828 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299131 136.3556303 8.13 36.3298119 136.3556824 8.13 36.3298119 136.3556824 12.5 36.3299131 136.3556303 12.5 36.3299131 136.3556303 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298119 136.3556824 8.13 36.3298633 136.3558349 8.13 36.3298633 136.3558349 12.5 36.3298119 136.3556824 12.5 36.3298119 136.3556824 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298633 136.3558349 8.13 36.3299645 136.3557828 8.13 36.3299645 136.3557828 12.5 36.3298633 136.3558349 12.5 36.3298633 136.3558349 8.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299645 136.3557828 12.5 36.3299131 136.3556303 12.5 36.3298119 136.3556824 12.5 36.3298633 136.3558349 12.5 36.3299645 136.3557828 12.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">154.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">180.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2953</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e9399390-8733-4e3a-b2d4-751aeae45ab4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303831 136.3569911 0 36.3303352 136.356849 0 36.3302387 136.3568987 0 36.3302866 136.3570408 0 36.3303831 136.3569911 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302866 136.3570408 8.15 36.3302387 136.3568987 8.15 36.3303352 136.356849 8.15 36.3303831 136.3569911 8.15 36.3302866 136.3570408 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303831 136.3569911 8.15 36.3303352 136.356849 8.15 36.3303352 136.356849 12.91 36.3303831 136.3569911 12.91 36.3303831 136.3569911 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303352 136.356849 8.15 36.3302387 136.3568987 8.15 36.3302387 136.3568987 12.91 36.3303352 136.356849 12.91 36.3303352 136.356849 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302387 136.3568987 8.15 36.3302866 136.3570408 8.15 36.3302866 136.3570408 12.91 36.3302387 136.3568987 12.91 36.3302387 136.3568987 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302866 136.3570408 8.15 36.3303831 136.3569911 8.15 36.3303831 136.3569911 12.91 36.3302866 136.3570408 12.91 36.3302866 136.3570408 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303831 136.3569911 12.91 36.3303352 136.356849 12.91 36.3302387 136.3568987 12.91 36.3302866 136.3570408 12.91 36.3303831 136.3569911 12.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">-9999</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">160.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2954</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6889b746-bfad-40c1-858b-24ed39cf0786">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331764 136.3605697 0 36.3318066 136.3606961 0 36.3318892 136.3606536 0 36.3318466 136.3605272 0 36.331764 136.3605697 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318466 136.3605272 7.68 36.3318892 136.3606536 7.68 36.3318066 136.3606961 7.68 36.331764 136.3605697 7.68 36.3318466 136.3605272 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331764 136.3605697 7.68 36.3318066 136.3606961 7.68 36.3318066 136.3606961 11.57 36.331764 136.3605697 11.57 36.331764 136.3605697 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318066 136.3606961 7.68 36.3318892 136.3606536 7.68 36.3318892 136.3606536 11.57 36.3318066 136.3606961 11.57 36.3318066 136.3606961 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318892 136.3606536 7.68 36.3318466 136.3605272 7.68 36.3318466 136.3605272 11.57 36.3318892 136.3606536 11.57 36.3318892 136.3606536 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318466 136.3605272 7.68 36.331764 136.3605697 7.68 36.331764 136.3605697 11.57 36.3318466 136.3605272 11.57 36.3318466 136.3605272 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331764 136.3605697 11.57 36.3318066 136.3606961 11.57 36.3318892 136.3606536 11.57 36.3318466 136.3605272 11.57 36.331764 136.3605697 11.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.701</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">9.56</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">107.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">122.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2955</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e27b952f-3731-497d-8a06-322a8a3a9c12">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320701 136.3616044 0 36.3321196 136.3617513 0 36.3322059 136.3617068 0 36.3321564 136.36156 0 36.3320701 136.3616044 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321564 136.36156 7.68 36.3322059 136.3617068 7.68 36.3321196 136.3617513 7.68 36.3320701 136.3616044 7.68 36.3321564 136.36156 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320701 136.3616044 7.68 36.3321196 136.3617513 7.68 36.3321196 136.3617513 14.76 36.3320701 136.3616044 14.76 36.3320701 136.3616044 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321196 136.3617513 7.68 36.3322059 136.3617068 7.68 36.3322059 136.3617068 14.76 36.3321196 136.3617513 14.76 36.3321196 136.3617513 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322059 136.3617068 7.68 36.3321564 136.36156 7.68 36.3321564 136.36156 14.76 36.3322059 136.3617068 14.76 36.3322059 136.3617068 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321564 136.36156 7.68 36.3320701 136.3616044 7.68 36.3320701 136.3616044 14.76 36.3321564 136.36156 14.76 36.3321564 136.36156 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320701 136.3616044 14.76 36.3321196 136.3617513 14.76 36.3322059 136.3617068 14.76 36.3321564 136.36156 14.76 36.3320701 136.3616044 14.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.123</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">8.62</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.554</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">19.15</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">245.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">148.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2956</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_34ad1aa4-9c93-403e-acf8-63db055d1270">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321873 136.3619297 0 36.3322696 136.3618873 0 36.3322354 136.3617858 0 36.3321531 136.3618282 0 36.3321873 136.3619297 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321531 136.3618282 7.68 36.3322354 136.3617858 7.68 36.3322696 136.3618873 7.68 36.3321873 136.3619297 7.68 36.3321531 136.3618282 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321873 136.3619297 7.68 36.3322696 136.3618873 7.68 36.3322696 136.3618873 13 36.3321873 136.3619297 13 36.3321873 136.3619297 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322696 136.3618873 7.68 36.3322354 136.3617858 7.68 36.3322354 136.3617858 13 36.3322696 136.3618873 13 36.3322696 136.3618873 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322354 136.3617858 7.68 36.3321531 136.3618282 7.68 36.3321531 136.3618282 13 36.3322354 136.3617858 13 36.3322354 136.3617858 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321531 136.3618282 7.68 36.3321873 136.3619297 7.68 36.3321873 136.3619297 13 36.3321531 136.3618282 13 36.3321531 136.3618282 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321873 136.3619297 13 36.3322696 136.3618873 13 36.3322354 136.3617858 13 36.3321531 136.3618282 13 36.3321873 136.3619297 13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.285</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">9.58</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.714</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">21.28</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2957</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c2468a28-e100-4ac5-aaae-3710b942ed56">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322237 136.3621286 0 36.3323039 136.3620873 0 36.3322759 136.3620043 0 36.3321958 136.3620456 0 36.3322237 136.3621286 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321958 136.3620456 7.66 36.3322759 136.3620043 7.66 36.3323039 136.3620873 7.66 36.3322237 136.3621286 7.66 36.3321958 136.3620456 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322237 136.3621286 7.66 36.3323039 136.3620873 7.66 36.3323039 136.3620873 14.39 36.3322237 136.3621286 14.39 36.3322237 136.3621286 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323039 136.3620873 7.66 36.3322759 136.3620043 7.66 36.3322759 136.3620043 14.39 36.3323039 136.3620873 14.39 36.3323039 136.3620873 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322759 136.3620043 7.66 36.3321958 136.3620456 7.66 36.3321958 136.3620456 14.39 36.3322759 136.3620043 14.39 36.3322759 136.3620043 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321958 136.3620456 7.66 36.3322237 136.3621286 7.66 36.3322237 136.3621286 14.39 36.3321958 136.3620456 14.39 36.3321958 136.3620456 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322237 136.3621286 14.39 36.3323039 136.3620873 14.39 36.3322759 136.3620043 14.39 36.3321958 136.3620456 14.39 36.3322237 136.3621286 14.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.434</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">10.65</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.753</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">23.67</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">139.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2958</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_39b56e8e-276a-47ed-9e8e-7ec7e3abc505">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332659 136.3518106 0 36.3327106 136.3519636 0 36.3327784 136.3519287 0 36.3327268 136.3517757 0 36.332659 136.3518106 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327268 136.3517757 7.64 36.3327784 136.3519287 7.64 36.3327106 136.3519636 7.64 36.332659 136.3518106 7.64 36.3327268 136.3517757 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332659 136.3518106 7.64 36.3327106 136.3519636 7.64 36.3327106 136.3519636 12.08 36.332659 136.3518106 12.08 36.332659 136.3518106 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327106 136.3519636 7.64 36.3327784 136.3519287 7.64 36.3327784 136.3519287 12.08 36.3327106 136.3519636 12.08 36.3327106 136.3519636 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327784 136.3519287 7.64 36.3327268 136.3517757 7.64 36.3327268 136.3517757 12.08 36.3327784 136.3519287 12.08 36.3327784 136.3519287 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327268 136.3517757 7.64 36.332659 136.3518106 7.64 36.332659 136.3518106 12.08 36.3327268 136.3517757 12.08 36.3327268 136.3517757 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332659 136.3518106 12.08 36.3327106 136.3519636 12.08 36.3327784 136.3519287 12.08 36.3327268 136.3517757 12.08 36.332659 136.3518106 12.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">113.72</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">121.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2969</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cb8c1229-acbb-4914-a24a-b9912b17a98b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327862 136.3521644 0 36.3328166 136.3522543 0 36.3328845 136.3522193 0 36.3328542 136.3521295 0 36.3327862 136.3521644 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328542 136.3521295 7.67 36.3328845 136.3522193 7.67 36.3328166 136.3522543 7.67 36.3327862 136.3521644 7.67 36.3328542 136.3521295 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327862 136.3521644 7.67 36.3328166 136.3522543 7.67 36.3328166 136.3522543 11.68 36.3327862 136.3521644 11.68 36.3327862 136.3521644 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328166 136.3522543 7.67 36.3328845 136.3522193 7.67 36.3328845 136.3522193 11.68 36.3328166 136.3522543 11.68 36.3328166 136.3522543 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328845 136.3522193 7.67 36.3328542 136.3521295 7.67 36.3328542 136.3521295 11.68 36.3328845 136.3522193 11.68 36.3328845 136.3522193 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328542 136.3521295 7.67 36.3327862 136.3521644 7.67 36.3327862 136.3521644 11.68 36.3328542 136.3521295 11.68 36.3328542 136.3521295 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327862 136.3521644 11.68 36.3328166 136.3522543 11.68 36.3328845 136.3522193 11.68 36.3328542 136.3521295 11.68 36.3327862 136.3521644 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">60.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2970</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fdfe5ef0-933e-42ea-aeb3-d34eadd1337c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329729 136.3526189 0 36.3329991 136.3526964 0 36.333045 136.3526727 0 36.3330189 136.3525953 0 36.3329729 136.3526189 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3330189 136.3525953 7.8 36.333045 136.3526727 7.8 36.3329991 136.3526964 7.8 36.3329729 136.3526189 7.8 36.3330189 136.3525953 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329729 136.3526189 7.8 36.3329991 136.3526964 7.8 36.3329991 136.3526964 12.01 36.3329729 136.3526189 12.01 36.3329729 136.3526189 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329991 136.3526964 7.8 36.333045 136.3526727 7.8 36.333045 136.3526727 12.01 36.3329991 136.3526964 12.01 36.3329991 136.3526964 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.333045 136.3526727 7.8 36.3330189 136.3525953 7.8 36.3330189 136.3525953 12.01 36.333045 136.3526727 12.01 36.333045 136.3526727 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3330189 136.3525953 7.8 36.3329729 136.3526189 7.8 36.3329729 136.3526189 12.01 36.3330189 136.3525953 12.01 36.3330189 136.3525953 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329729 136.3526189 12.01 36.3329991 136.3526964 12.01 36.333045 136.3526727 12.01 36.3330189 136.3525953 12.01 36.3329729 136.3526189 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">37.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">41.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2971</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
</core:CityModel>
