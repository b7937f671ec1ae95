<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.3249537 136.337598 0</gml:lowerCorner>
<gml:upperCorner>36.3329245 136.3500701 25.13</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d2b042b5-21aa-4389-b7af-e5e034b11bde">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251161 136.3376281 0 36.3251697 136.3383737 0 36.3254442 136.3383436 0 36.3253906 136.337598 0 36.3251161 136.3376281 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253906 136.337598 8.66 36.3254442 136.3383436 8.66 36.3251697 136.3383737 8.66 36.3251161 136.3376281 8.66 36.3253906 136.337598 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251161 136.3376281 8.66 36.3251697 136.3383737 8.66 36.3251697 136.3383737 16.79 36.3251161 136.3376281 16.79 36.3251161 136.3376281 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251697 136.3383737 8.66 36.3254442 136.3383436 8.66 36.3254442 136.3383436 16.79 36.3251697 136.3383737 16.79 36.3251697 136.3383737 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254442 136.3383436 8.66 36.3253906 136.337598 8.66 36.3253906 136.337598 16.79 36.3254442 136.3383436 16.79 36.3254442 136.3383436 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253906 136.337598 8.66 36.3251161 136.3376281 8.66 36.3251161 136.3376281 16.79 36.3253906 136.337598 16.79 36.3253906 136.337598 8.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251161 136.3376281 16.79 36.3251697 136.3383737 16.79 36.3254442 136.3383436 16.79 36.3253906 136.337598 16.79 36.3251161 136.3376281 16.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1724.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">2055.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-120</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_31ab9787-338e-453f-a237-13ec4fd2cbf5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251572 136.3391068 0 36.3251766 136.3393772 0 36.3252998 136.3393637 0 36.3252804 136.3390932 0 36.3251572 136.3391068 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252804 136.3390932 8.89 36.3252998 136.3393637 8.89 36.3251766 136.3393772 8.89 36.3251572 136.3391068 8.89 36.3252804 136.3390932 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251572 136.3391068 8.89 36.3251766 136.3393772 8.89 36.3251766 136.3393772 20.99 36.3251572 136.3391068 20.99 36.3251572 136.3391068 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251766 136.3393772 8.89 36.3252998 136.3393637 8.89 36.3252998 136.3393637 20.99 36.3251766 136.3393772 20.99 36.3251766 136.3393772 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252998 136.3393637 8.89 36.3252804 136.3390932 8.89 36.3252804 136.3390932 20.99 36.3252998 136.3393637 20.99 36.3252998 136.3393637 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252804 136.3390932 8.89 36.3251572 136.3391068 8.89 36.3251572 136.3391068 20.99 36.3252804 136.3390932 20.99 36.3252804 136.3390932 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251572 136.3391068 20.99 36.3251766 136.3393772 20.99 36.3252998 136.3393637 20.99 36.3252804 136.3390932 20.99 36.3251572 136.3391068 20.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1001.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">334.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-124</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5c52970c-bef9-4004-8ddb-0a9386402cbd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.9</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251831 136.3396167 0 36.3252836 136.3396057 0 36.3252747 136.3394823 0 36.3251743 136.3394933 0 36.3251831 136.3396167 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251743 136.3394933 8.99 36.3252747 136.3394823 8.99 36.3252836 136.3396057 8.99 36.3251831 136.3396167 8.99 36.3251743 136.3394933 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251831 136.3396167 8.99 36.3252836 136.3396057 8.99 36.3252836 136.3396057 17.91 36.3251831 136.3396167 17.91 36.3251831 136.3396167 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252836 136.3396057 8.99 36.3252747 136.3394823 8.99 36.3252747 136.3394823 17.91 36.3252836 136.3396057 17.91 36.3252836 136.3396057 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252747 136.3394823 8.99 36.3251743 136.3394933 8.99 36.3251743 136.3394933 17.91 36.3252747 136.3394823 17.91 36.3252747 136.3394823 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251743 136.3394933 8.99 36.3251831 136.3396167 8.99 36.3251831 136.3396167 17.91 36.3251743 136.3394933 17.91 36.3251743 136.3394933 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251831 136.3396167 17.91 36.3252836 136.3396057 17.91 36.3252747 136.3394823 17.91 36.3251743 136.3394933 17.91 36.3251831 136.3396167 17.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">370.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">124.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-125</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cfc130ff-8ad0-4650-b02f-63d685e1d093">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">441</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253497 136.3401362 0 36.3253804 136.3405634 0 36.3255742 136.3405421 0 36.3255435 136.340115 0 36.3253497 136.3401362 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255435 136.340115 9.12 36.3255742 136.3405421 9.12 36.3253804 136.3405634 9.12 36.3253497 136.3401362 9.12 36.3255435 136.340115 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253497 136.3401362 9.12 36.3253804 136.3405634 9.12 36.3253804 136.3405634 16.59 36.3253497 136.3401362 16.59 36.3253497 136.3401362 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253804 136.3405634 9.12 36.3255742 136.3405421 9.12 36.3255742 136.3405421 16.59 36.3253804 136.3405634 16.59 36.3253804 136.3405634 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255742 136.3405421 9.12 36.3255435 136.340115 9.12 36.3255435 136.340115 16.59 36.3255742 136.3405421 16.59 36.3255742 136.3405421 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255435 136.340115 9.12 36.3253497 136.3401362 9.12 36.3253497 136.3401362 16.59 36.3255435 136.340115 16.59 36.3255435 136.340115 9.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253497 136.3401362 16.59 36.3253804 136.3405634 16.59 36.3255742 136.3405421 16.59 36.3255435 136.340115 16.59 36.3253497 136.3401362 16.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">810.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">831.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-131</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dfeaaf33-f7c7-406c-9c69-332bac6a4f90">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325104 136.3405469 0 36.3249951 136.3405588 0 36.3250036 136.3406768 0 36.3251125 136.3406648 0 36.325104 136.3405469 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251125 136.3406648 9.27 36.3250036 136.3406768 9.27 36.3249951 136.3405588 9.27 36.325104 136.3405469 9.27 36.3251125 136.3406648 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325104 136.3405469 9.27 36.3249951 136.3405588 9.27 36.3249951 136.3405588 16.43 36.325104 136.3405469 16.43 36.325104 136.3405469 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249951 136.3405588 9.27 36.3250036 136.3406768 9.27 36.3250036 136.3406768 16.43 36.3249951 136.3405588 16.43 36.3249951 136.3405588 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250036 136.3406768 9.27 36.3251125 136.3406648 9.27 36.3251125 136.3406648 16.43 36.3250036 136.3406768 16.43 36.3250036 136.3406768 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251125 136.3406648 9.27 36.325104 136.3405469 9.27 36.325104 136.3405469 16.43 36.3251125 136.3406648 16.43 36.3251125 136.3406648 9.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325104 136.3405469 16.43 36.3249951 136.3405588 16.43 36.3250036 136.3406768 16.43 36.3251125 136.3406648 16.43 36.325104 136.3405469 16.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">226.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">128.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-132</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c76dfc93-8494-4c91-965c-d17766dd6b67">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253604 136.3417226 0 36.3255141 136.3417057 0 36.3255005 136.3415163 0 36.3253468 136.3415332 0 36.3253604 136.3417226 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253468 136.3415332 9.33 36.3255005 136.3415163 9.33 36.3255141 136.3417057 9.33 36.3253604 136.3417226 9.33 36.3253468 136.3415332 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253604 136.3417226 9.33 36.3255141 136.3417057 9.33 36.3255141 136.3417057 25.13 36.3253604 136.3417226 25.13 36.3253604 136.3417226 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255141 136.3417057 9.33 36.3255005 136.3415163 9.33 36.3255005 136.3415163 25.13 36.3255141 136.3417057 25.13 36.3255141 136.3417057 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255005 136.3415163 9.33 36.3253468 136.3415332 9.33 36.3253468 136.3415332 25.13 36.3255005 136.3415163 25.13 36.3255005 136.3415163 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253468 136.3415332 9.33 36.3253604 136.3417226 9.33 36.3253604 136.3417226 25.13 36.3253468 136.3415332 25.13 36.3253468 136.3415332 9.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253604 136.3417226 25.13 36.3255141 136.3417057 25.13 36.3255005 136.3415163 25.13 36.3253468 136.3415332 25.13 36.3253604 136.3417226 25.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1153.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">292.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-133</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d642dd8e-7d02-4692-92a8-744e6bdb1435">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253609 136.341896 0 36.3254501 136.3418862 0 36.3254433 136.3417924 0 36.3253541 136.3418022 0 36.3253609 136.341896 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253541 136.3418022 9.42 36.3254433 136.3417924 9.42 36.3254501 136.3418862 9.42 36.3253609 136.341896 9.42 36.3253541 136.3418022 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253609 136.341896 9.42 36.3254501 136.3418862 9.42 36.3254501 136.3418862 16.22 36.3253609 136.341896 16.22 36.3253609 136.341896 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254501 136.3418862 9.42 36.3254433 136.3417924 9.42 36.3254433 136.3417924 16.22 36.3254501 136.3418862 16.22 36.3254501 136.3418862 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254433 136.3417924 9.42 36.3253541 136.3418022 9.42 36.3253541 136.3418022 16.22 36.3254433 136.3417924 16.22 36.3254433 136.3417924 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253541 136.3418022 9.42 36.3253609 136.341896 9.42 36.3253609 136.341896 16.22 36.3253541 136.3418022 16.22 36.3253541 136.3418022 9.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253609 136.341896 16.22 36.3254501 136.3418862 16.22 36.3254433 136.3417924 16.22 36.3253541 136.3418022 16.22 36.3253609 136.341896 16.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-134</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4d2cc923-a845-4bbc-a34d-59d5f2581345">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11.8</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325426 136.3420739 0 36.3254455 136.3423453 0 36.3255899 136.3423294 0 36.3255704 136.3420581 0 36.325426 136.3420739 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255704 136.3420581 9.44 36.3255899 136.3423294 9.44 36.3254455 136.3423453 9.44 36.325426 136.3420739 9.44 36.3255704 136.3420581 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325426 136.3420739 9.44 36.3254455 136.3423453 9.44 36.3254455 136.3423453 21.24 36.325426 136.3420739 21.24 36.325426 136.3420739 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254455 136.3423453 9.44 36.3255899 136.3423294 9.44 36.3255899 136.3423294 21.24 36.3254455 136.3423453 21.24 36.3254455 136.3423453 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255899 136.3423294 9.44 36.3255704 136.3420581 9.44 36.3255704 136.3420581 21.24 36.3255899 136.3423294 21.24 36.3255899 136.3423294 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255704 136.3420581 9.44 36.325426 136.3420739 9.44 36.325426 136.3420739 21.24 36.3255704 136.3420581 21.24 36.3255704 136.3420581 9.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325426 136.3420739 21.24 36.3254455 136.3423453 21.24 36.3255899 136.3423294 21.24 36.3255704 136.3420581 21.24 36.325426 136.3420739 21.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">987.44</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">393.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-135</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2bb05cb2-2727-46f1-ab87-a6d8b5387d42">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325221 136.3422149 0 36.3252121 136.3420914 0 36.3251123 136.3421023 0 36.3251212 136.3422259 0 36.325221 136.3422149 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251212 136.3422259 9.52 36.3251123 136.3421023 9.52 36.3252121 136.3420914 9.52 36.325221 136.3422149 9.52 36.3251212 136.3422259 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325221 136.3422149 9.52 36.3252121 136.3420914 9.52 36.3252121 136.3420914 16.45 36.325221 136.3422149 16.45 36.325221 136.3422149 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252121 136.3420914 9.52 36.3251123 136.3421023 9.52 36.3251123 136.3421023 16.45 36.3252121 136.3420914 16.45 36.3252121 136.3420914 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251123 136.3421023 9.52 36.3251212 136.3422259 9.52 36.3251212 136.3422259 16.45 36.3251123 136.3421023 16.45 36.3251123 136.3421023 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251212 136.3422259 9.52 36.325221 136.3422149 9.52 36.325221 136.3422149 16.45 36.3251212 136.3422259 16.45 36.3251212 136.3422259 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325221 136.3422149 16.45 36.3252121 136.3420914 16.45 36.3251123 136.3421023 16.45 36.3251212 136.3422259 16.45 36.325221 136.3422149 16.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">238.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-136</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9afee587-d571-40e1-b6d2-c19b2fc8f9d2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254268 136.3429592 0 36.3254364 136.3430921 0 36.325516 136.3430834 0 36.3255065 136.3429504 0 36.3254268 136.3429592 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255065 136.3429504 9.5 36.325516 136.3430834 9.5 36.3254364 136.3430921 9.5 36.3254268 136.3429592 9.5 36.3255065 136.3429504 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254268 136.3429592 9.5 36.3254364 136.3430921 9.5 36.3254364 136.3430921 16 36.3254268 136.3429592 16 36.3254268 136.3429592 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254364 136.3430921 9.5 36.325516 136.3430834 9.5 36.325516 136.3430834 16 36.3254364 136.3430921 16 36.3254364 136.3430921 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325516 136.3430834 9.5 36.3255065 136.3429504 9.5 36.3255065 136.3429504 16 36.325516 136.3430834 16 36.325516 136.3430834 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255065 136.3429504 9.5 36.3254268 136.3429592 9.5 36.3254268 136.3429592 16 36.3255065 136.3429504 16 36.3255065 136.3429504 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254268 136.3429592 16 36.3254364 136.3430921 16 36.325516 136.3430834 16 36.3255065 136.3429504 16 36.3254268 136.3429592 16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">191.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-137</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_eae157d1-d78f-44d7-820d-fdedd16ba992">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254761 136.34323 0 36.3255594 136.3432209 0 36.3255522 136.3431206 0 36.3254689 136.3431298 0 36.3254761 136.34323 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254689 136.3431298 9.5 36.3255522 136.3431206 9.5 36.3255594 136.3432209 9.5 36.3254761 136.34323 9.5 36.3254689 136.3431298 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254761 136.34323 9.5 36.3255594 136.3432209 9.5 36.3255594 136.3432209 16.42 36.3254761 136.34323 16.42 36.3254761 136.34323 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255594 136.3432209 9.5 36.3255522 136.3431206 9.5 36.3255522 136.3431206 16.42 36.3255594 136.3432209 16.42 36.3255594 136.3432209 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255522 136.3431206 9.5 36.3254689 136.3431298 9.5 36.3254689 136.3431298 16.42 36.3255522 136.3431206 16.42 36.3255522 136.3431206 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254689 136.3431298 9.5 36.3254761 136.34323 9.5 36.3254761 136.34323 16.42 36.3254689 136.3431298 16.42 36.3254689 136.3431298 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254761 136.34323 16.42 36.3255594 136.3432209 16.42 36.3255522 136.3431206 16.42 36.3254689 136.3431298 16.42 36.3254761 136.34323 16.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">166.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-138</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ae6da1ba-3f60-4a84-ba19-c767fe84af8f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">11.2</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254552 136.3434292 0 36.3255738 136.3434162 0 36.3255639 136.3432797 0 36.3254454 136.3432927 0 36.3254552 136.3434292 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254454 136.3432927 9.49 36.3255639 136.3432797 9.49 36.3255738 136.3434162 9.49 36.3254552 136.3434292 9.49 36.3254454 136.3432927 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254552 136.3434292 9.49 36.3255738 136.3434162 9.49 36.3255738 136.3434162 19.49 36.3254552 136.3434292 19.49 36.3254552 136.3434292 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255738 136.3434162 9.49 36.3255639 136.3432797 9.49 36.3255639 136.3432797 19.49 36.3255738 136.3434162 19.49 36.3255738 136.3434162 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255639 136.3432797 9.49 36.3254454 136.3432927 9.49 36.3254454 136.3432927 19.49 36.3255639 136.3432797 19.49 36.3255639 136.3432797 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254454 136.3432927 9.49 36.3254552 136.3434292 9.49 36.3254552 136.3434292 19.49 36.3254454 136.3432927 19.49 36.3254454 136.3432927 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254552 136.3434292 19.49 36.3255738 136.3434162 19.49 36.3255639 136.3432797 19.49 36.3254454 136.3432927 19.49 36.3254552 136.3434292 19.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">411.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">162.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-139</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4d2f699e-8294-46e2-bfd4-5f561cf186d1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254695 136.3434899 0 36.325478 136.3436075 0 36.3255518 136.3435994 0 36.3255434 136.3434818 0 36.3254695 136.3434899 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255434 136.3434818 9.48 36.3255518 136.3435994 9.48 36.325478 136.3436075 9.48 36.3254695 136.3434899 9.48 36.3255434 136.3434818 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254695 136.3434899 9.48 36.325478 136.3436075 9.48 36.325478 136.3436075 16.33 36.3254695 136.3434899 16.33 36.3254695 136.3434899 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325478 136.3436075 9.48 36.3255518 136.3435994 9.48 36.3255518 136.3435994 16.33 36.325478 136.3436075 16.33 36.325478 136.3436075 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255518 136.3435994 9.48 36.3255434 136.3434818 9.48 36.3255434 136.3434818 16.33 36.3255518 136.3435994 16.33 36.3255518 136.3435994 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255434 136.3434818 9.48 36.3254695 136.3434899 9.48 36.3254695 136.3434899 16.33 36.3255434 136.3434818 16.33 36.3255434 136.3434818 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254695 136.3434899 16.33 36.325478 136.3436075 16.33 36.3255518 136.3435994 16.33 36.3255434 136.3434818 16.33 36.3254695 136.3434899 16.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">167.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-140</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c5c63165-ffe6-4b54-b14d-e86c3795a96b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325561 136.3435383 0 36.3255653 136.3435979 0 36.3255942 136.3435947 0 36.32559 136.3435351 0 36.325561 136.3435383 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32559 136.3435351 9.48 36.3255942 136.3435947 9.48 36.3255653 136.3435979 9.48 36.325561 136.3435383 9.48 36.32559 136.3435351 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325561 136.3435383 9.48 36.3255653 136.3435979 9.48 36.3255653 136.3435979 12.16 36.325561 136.3435383 12.16 36.325561 136.3435383 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255653 136.3435979 9.48 36.3255942 136.3435947 9.48 36.3255942 136.3435947 12.16 36.3255653 136.3435979 12.16 36.3255653 136.3435979 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255942 136.3435947 9.48 36.32559 136.3435351 9.48 36.32559 136.3435351 12.16 36.3255942 136.3435947 12.16 36.3255942 136.3435947 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32559 136.3435351 9.48 36.325561 136.3435383 9.48 36.325561 136.3435383 12.16 36.32559 136.3435351 12.16 36.32559 136.3435351 9.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325561 136.3435383 12.16 36.3255653 136.3435979 12.16 36.3255942 136.3435947 12.16 36.32559 136.3435351 12.16 36.325561 136.3435383 12.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-141</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b0e7e5d0-8f76-4515-aada-a53a632e3c97">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255171 136.3439051 0 36.3255258 136.3440261 0 36.325602 136.3440177 0 36.3255933 136.3438968 0 36.3255171 136.3439051 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255933 136.3438968 9.35 36.325602 136.3440177 9.35 36.3255258 136.3440261 9.35 36.3255171 136.3439051 9.35 36.3255933 136.3438968 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255171 136.3439051 9.35 36.3255258 136.3440261 9.35 36.3255258 136.3440261 15.24 36.3255171 136.3439051 15.24 36.3255171 136.3439051 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255258 136.3440261 9.35 36.325602 136.3440177 9.35 36.325602 136.3440177 15.24 36.3255258 136.3440261 15.24 36.3255258 136.3440261 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325602 136.3440177 9.35 36.3255933 136.3438968 9.35 36.3255933 136.3438968 15.24 36.325602 136.3440177 15.24 36.325602 136.3440177 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255933 136.3438968 9.35 36.3255171 136.3439051 9.35 36.3255171 136.3439051 15.24 36.3255933 136.3438968 15.24 36.3255933 136.3438968 9.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255171 136.3439051 15.24 36.3255258 136.3440261 15.24 36.325602 136.3440177 15.24 36.3255933 136.3438968 15.24 36.3255171 136.3439051 15.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-142</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_118352af-c9ac-43c5-8a44-fcb0f33e64e7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252497 136.3434855 0 36.3252134 136.3429811 0 36.3249614 136.3430087 0 36.3249977 136.3435131 0 36.3252497 136.3434855 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249977 136.3435131 9.52 36.3249614 136.3430087 9.52 36.3252134 136.3429811 9.52 36.3252497 136.3434855 9.52 36.3249977 136.3435131 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252497 136.3434855 9.52 36.3252134 136.3429811 9.52 36.3252134 136.3429811 14.62 36.3252497 136.3434855 14.62 36.3252497 136.3434855 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252134 136.3429811 9.52 36.3249614 136.3430087 9.52 36.3249614 136.3430087 14.62 36.3252134 136.3429811 14.62 36.3252134 136.3429811 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249614 136.3430087 9.52 36.3249977 136.3435131 9.52 36.3249977 136.3435131 14.62 36.3249614 136.3430087 14.62 36.3249614 136.3430087 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249977 136.3435131 9.52 36.3252497 136.3434855 9.52 36.3252497 136.3434855 14.62 36.3249977 136.3435131 14.62 36.3249977 136.3435131 9.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252497 136.3434855 14.62 36.3252134 136.3429811 14.62 36.3249614 136.3430087 14.62 36.3249977 136.3435131 14.62 36.3252497 136.3434855 14.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1145.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1276.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-143</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5b1df51b-e802-4b39-b215-f9251b8e73d1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256877 136.344584 0 36.3259722 136.3445528 0 36.3259484 136.3442221 0 36.3256639 136.3442534 0 36.3256877 136.344584 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256639 136.3442534 9.24 36.3259484 136.3442221 9.24 36.3259722 136.3445528 9.24 36.3256877 136.344584 9.24 36.3256639 136.3442534 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256877 136.344584 9.24 36.3259722 136.3445528 9.24 36.3259722 136.3445528 14.72 36.3256877 136.344584 14.72 36.3256877 136.344584 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259722 136.3445528 9.24 36.3259484 136.3442221 9.24 36.3259484 136.3442221 14.72 36.3259722 136.3445528 14.72 36.3259722 136.3445528 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259484 136.3442221 9.24 36.3256639 136.3442534 9.24 36.3256639 136.3442534 14.72 36.3259484 136.3442221 14.72 36.3259484 136.3442221 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256639 136.3442534 9.24 36.3256877 136.344584 9.24 36.3256877 136.344584 14.72 36.3256639 136.3442534 14.72 36.3256639 136.3442534 9.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256877 136.344584 14.72 36.3259722 136.3445528 14.72 36.3259484 136.3442221 14.72 36.3256639 136.3442534 14.72 36.3256877 136.344584 14.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">850.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">944.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-144</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_05bd6082-ea36-4f9f-89f2-ca1093b63c13">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255554 136.3447414 0 36.3255651 136.3448758 0 36.3256388 136.3448677 0 36.3256291 136.3447333 0 36.3255554 136.3447414 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256291 136.3447333 9.22 36.3256388 136.3448677 9.22 36.3255651 136.3448758 9.22 36.3255554 136.3447414 9.22 36.3256291 136.3447333 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255554 136.3447414 9.22 36.3255651 136.3448758 9.22 36.3255651 136.3448758 16.1 36.3255554 136.3447414 16.1 36.3255554 136.3447414 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255651 136.3448758 9.22 36.3256388 136.3448677 9.22 36.3256388 136.3448677 16.1 36.3255651 136.3448758 16.1 36.3255651 136.3448758 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256388 136.3448677 9.22 36.3256291 136.3447333 9.22 36.3256291 136.3447333 16.1 36.3256388 136.3448677 16.1 36.3256388 136.3448677 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256291 136.3447333 9.22 36.3255554 136.3447414 9.22 36.3255554 136.3447414 16.1 36.3256291 136.3447333 16.1 36.3256291 136.3447333 9.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255554 136.3447414 16.1 36.3255651 136.3448758 16.1 36.3256388 136.3448677 16.1 36.3256291 136.3447333 16.1 36.3255554 136.3447414 16.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">169.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">99.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-145</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_35ace148-bda2-4c5a-b13c-1bc2b922b5a1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325617 136.3452361 0 36.3257038 136.3452266 0 36.3256973 136.3451362 0 36.3256105 136.3451457 0 36.325617 136.3452361 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256105 136.3451457 9.07 36.3256973 136.3451362 9.07 36.3257038 136.3452266 9.07 36.325617 136.3452361 9.07 36.3256105 136.3451457 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325617 136.3452361 9.07 36.3257038 136.3452266 9.07 36.3257038 136.3452266 12.63 36.325617 136.3452361 12.63 36.325617 136.3452361 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257038 136.3452266 9.07 36.3256973 136.3451362 9.07 36.3256973 136.3451362 12.63 36.3257038 136.3452266 12.63 36.3257038 136.3452266 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256973 136.3451362 9.07 36.3256105 136.3451457 9.07 36.3256105 136.3451457 12.63 36.3256973 136.3451362 12.63 36.3256973 136.3451362 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256105 136.3451457 9.07 36.325617 136.3452361 9.07 36.325617 136.3452361 12.63 36.3256105 136.3451457 12.63 36.3256105 136.3451457 9.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325617 136.3452361 12.63 36.3257038 136.3452266 12.63 36.3256973 136.3451362 12.63 36.3256105 136.3451457 12.63 36.325617 136.3452361 12.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.74</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-146</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7b53d607-a031-4589-bde9-c770583fd50d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.9</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253536 136.3449514 0 36.3253264 136.3445728 0 36.3252356 136.3445828 0 36.3252628 136.3449613 0 36.3253536 136.3449514 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252628 136.3449613 9.28 36.3252356 136.3445828 9.28 36.3253264 136.3445728 9.28 36.3253536 136.3449514 9.28 36.3252628 136.3449613 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253536 136.3449514 9.28 36.3253264 136.3445728 9.28 36.3253264 136.3445728 19.18 36.3253536 136.3449514 19.18 36.3253536 136.3449514 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253264 136.3445728 9.28 36.3252356 136.3445828 9.28 36.3252356 136.3445828 19.18 36.3253264 136.3445728 19.18 36.3253264 136.3445728 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252356 136.3445828 9.28 36.3252628 136.3449613 9.28 36.3252628 136.3449613 19.18 36.3252356 136.3445828 19.18 36.3252356 136.3445828 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252628 136.3449613 9.28 36.3253536 136.3449514 9.28 36.3253536 136.3449514 19.18 36.3252628 136.3449613 19.18 36.3252628 136.3449613 9.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253536 136.3449514 19.18 36.3253264 136.3445728 19.18 36.3252356 136.3445828 19.18 36.3252628 136.3449613 19.18 36.3253536 136.3449514 19.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">924.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">345.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-147</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ee8a076b-79d4-4366-8c8b-ca9ebfc1a23e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254595 136.3454991 0 36.3254505 136.3453733 0 36.3253608 136.3453832 0 36.3253699 136.345509 0 36.3254595 136.3454991 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253699 136.345509 9 36.3253608 136.3453832 9 36.3254505 136.3453733 9 36.3254595 136.3454991 9 36.3253699 136.345509 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254595 136.3454991 9 36.3254505 136.3453733 9 36.3254505 136.3453733 16.21 36.3254595 136.3454991 16.21 36.3254595 136.3454991 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254505 136.3453733 9 36.3253608 136.3453832 9 36.3253608 136.3453832 16.21 36.3254505 136.3453733 16.21 36.3254505 136.3453733 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253608 136.3453832 9 36.3253699 136.345509 9 36.3253699 136.345509 16.21 36.3253608 136.3453832 16.21 36.3253608 136.3453832 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253699 136.345509 9 36.3254595 136.3454991 9 36.3254595 136.3454991 16.21 36.3253699 136.345509 16.21 36.3253699 136.345509 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254595 136.3454991 16.21 36.3254505 136.3453733 16.21 36.3253608 136.3453832 16.21 36.3253699 136.345509 16.21 36.3254595 136.3454991 16.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">202.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">113.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-148</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8bdd93f4-46ea-4e16-806a-7b4a7b11d3d8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253536 136.3454709 0 36.3253202 136.3454746 0 36.325323 136.3455141 0 36.3253564 136.3455105 0 36.3253536 136.3454709 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253564 136.3455105 9.02 36.325323 136.3455141 9.02 36.3253202 136.3454746 9.02 36.3253536 136.3454709 9.02 36.3253564 136.3455105 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253536 136.3454709 9.02 36.3253202 136.3454746 9.02 36.3253202 136.3454746 11.79 36.3253536 136.3454709 11.79 36.3253536 136.3454709 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253202 136.3454746 9.02 36.325323 136.3455141 9.02 36.325323 136.3455141 11.79 36.3253202 136.3454746 11.79 36.3253202 136.3454746 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325323 136.3455141 9.02 36.3253564 136.3455105 9.02 36.3253564 136.3455105 11.79 36.325323 136.3455141 11.79 36.325323 136.3455141 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253564 136.3455105 9.02 36.3253536 136.3454709 9.02 36.3253536 136.3454709 11.79 36.3253564 136.3455105 11.79 36.3253564 136.3455105 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253536 136.3454709 11.79 36.3253202 136.3454746 11.79 36.325323 136.3455141 11.79 36.3253564 136.3455105 11.79 36.3253536 136.3454709 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">11.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">13.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-149</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_66ddc7c9-ee29-42f3-8d7f-2bdf348a3b10">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">15.8</bldg:measuredHeight>
<bldg:storeysAboveGround>4</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325717 136.3458234 0 36.3257398 136.3461408 0 36.3258289 136.3461311 0 36.3258175 136.3459723 0 36.3259066 136.3459626 0 36.3258952 136.3458038 0 36.325717 136.3458234 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258952 136.3458038 8.59 36.3259066 136.3459626 8.59 36.3258175 136.3459723 8.59 36.3258289 136.3461311 8.59 36.3257398 136.3461408 8.59 36.325717 136.3458234 8.59 36.3258952 136.3458038 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325717 136.3458234 8.59 36.3257398 136.3461408 8.59 36.3257398 136.3461408 24.39 36.325717 136.3458234 24.39 36.325717 136.3458234 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257398 136.3461408 8.59 36.3258289 136.3461311 8.59 36.3258289 136.3461311 24.39 36.3257398 136.3461408 24.39 36.3257398 136.3461408 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258289 136.3461311 8.59 36.3258175 136.3459723 8.59 36.3258175 136.3459723 24.39 36.3258289 136.3461311 24.39 36.3258289 136.3461311 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258175 136.3459723 8.59 36.3259066 136.3459626 8.59 36.3259066 136.3459626 24.39 36.3258175 136.3459723 24.39 36.3258175 136.3459723 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259066 136.3459626 8.59 36.3258952 136.3458038 8.59 36.3258952 136.3458038 24.39 36.3259066 136.3459626 24.39 36.3259066 136.3459626 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258952 136.3458038 8.59 36.325717 136.3458234 8.59 36.325717 136.3458234 24.39 36.3258952 136.3458038 24.39 36.3258952 136.3458038 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325717 136.3458234 24.39 36.3257398 136.3461408 24.39 36.3258289 136.3461311 24.39 36.3258175 136.3459723 24.39 36.3259066 136.3459626 24.39 36.3258952 136.3458038 24.39 36.325717 136.3458234 24.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1437.78</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">426.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-150</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_277b9563-90de-43ad-b426-c1bb12732ca8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256604 136.3463187 0 36.3257591 136.3463079 0 36.3257517 136.3462055 0 36.325653 136.3462163 0 36.3256604 136.3463187 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325653 136.3462163 8.57 36.3257517 136.3462055 8.57 36.3257591 136.3463079 8.57 36.3256604 136.3463187 8.57 36.325653 136.3462163 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256604 136.3463187 8.57 36.3257591 136.3463079 8.57 36.3257591 136.3463079 14.84 36.3256604 136.3463187 14.84 36.3256604 136.3463187 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257591 136.3463079 8.57 36.3257517 136.3462055 8.57 36.3257517 136.3462055 14.84 36.3257591 136.3463079 14.84 36.3257591 136.3463079 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257517 136.3462055 8.57 36.325653 136.3462163 8.57 36.325653 136.3462163 14.84 36.3257517 136.3462055 14.84 36.3257517 136.3462055 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325653 136.3462163 8.57 36.3256604 136.3463187 8.57 36.3256604 136.3463187 14.84 36.325653 136.3462163 14.84 36.325653 136.3462163 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256604 136.3463187 14.84 36.3257591 136.3463079 14.84 36.3257517 136.3462055 14.84 36.325653 136.3462163 14.84 36.3256604 136.3463187 14.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">177.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-151</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_47881726-b85a-451a-bf22-401882aee139">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256859 136.3465324 0 36.3256957 136.3466687 0 36.3257588 136.3466618 0 36.325749 136.3465255 0 36.3256859 136.3465324 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325749 136.3465255 8.47 36.3257588 136.3466618 8.47 36.3256957 136.3466687 8.47 36.3256859 136.3465324 8.47 36.325749 136.3465255 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256859 136.3465324 8.47 36.3256957 136.3466687 8.47 36.3256957 136.3466687 14.87 36.3256859 136.3465324 14.87 36.3256859 136.3465324 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256957 136.3466687 8.47 36.3257588 136.3466618 8.47 36.3257588 136.3466618 14.87 36.3256957 136.3466687 14.87 36.3256957 136.3466687 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257588 136.3466618 8.47 36.325749 136.3465255 8.47 36.325749 136.3465255 14.87 36.3257588 136.3466618 14.87 36.3257588 136.3466618 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325749 136.3465255 8.47 36.3256859 136.3465324 8.47 36.3256859 136.3465324 14.87 36.325749 136.3465255 14.87 36.325749 136.3465255 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256859 136.3465324 14.87 36.3256957 136.3466687 14.87 36.3257588 136.3466618 14.87 36.325749 136.3465255 14.87 36.3256859 136.3465324 14.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">151.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-152</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6be1f4e6-6b02-4af5-885b-d868a735eb0d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257133 136.3467295 0 36.3257218 136.346848 0 36.3258028 136.3468391 0 36.3257943 136.3467207 0 36.3257133 136.3467295 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257943 136.3467207 8.4 36.3258028 136.3468391 8.4 36.3257218 136.346848 8.4 36.3257133 136.3467295 8.4 36.3257943 136.3467207 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257133 136.3467295 8.4 36.3257218 136.346848 8.4 36.3257218 136.346848 14.78 36.3257133 136.3467295 14.78 36.3257133 136.3467295 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257218 136.346848 8.4 36.3258028 136.3468391 8.4 36.3258028 136.3468391 14.78 36.3257218 136.346848 14.78 36.3257218 136.346848 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258028 136.3468391 8.4 36.3257943 136.3467207 8.4 36.3257943 136.3467207 14.78 36.3258028 136.3468391 14.78 36.3258028 136.3468391 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257943 136.3467207 8.4 36.3257133 136.3467295 8.4 36.3257133 136.3467295 14.78 36.3257943 136.3467207 14.78 36.3257943 136.3467207 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257133 136.3467295 14.78 36.3257218 136.346848 14.78 36.3258028 136.3468391 14.78 36.3257943 136.3467207 14.78 36.3257133 136.3467295 14.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-153</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4dcb2db5-43ae-4b95-b026-0f6b170a69a5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">431</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254575 136.3464544 0 36.3254127 136.3458309 0 36.3252679 136.3458468 0 36.3253127 136.3464703 0 36.3254575 136.3464544 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253127 136.3464703 8.69 36.3252679 136.3458468 8.69 36.3254127 136.3458309 8.69 36.3254575 136.3464544 8.69 36.3253127 136.3464703 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254575 136.3464544 8.69 36.3254127 136.3458309 8.69 36.3254127 136.3458309 16.79 36.3254575 136.3464544 16.79 36.3254575 136.3464544 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254127 136.3458309 8.69 36.3252679 136.3458468 8.69 36.3252679 136.3458468 16.79 36.3254127 136.3458309 16.79 36.3254127 136.3458309 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252679 136.3458468 8.69 36.3253127 136.3464703 8.69 36.3253127 136.3464703 16.79 36.3252679 136.3458468 16.79 36.3252679 136.3458468 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253127 136.3464703 8.69 36.3254575 136.3464544 8.69 36.3254575 136.3464544 16.79 36.3253127 136.3464703 16.79 36.3253127 136.3464703 8.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254575 136.3464544 16.79 36.3254127 136.3458309 16.79 36.3252679 136.3458468 16.79 36.3253127 136.3464703 16.79 36.3254575 136.3464544 16.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">749.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">906.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-154</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_45281708-e75e-4c3c-8658-9b1bf559e949">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256081 136.3483282 0 36.3255927 136.3479961 0 36.3254899 136.3480034 0 36.3255052 136.3483355 0 36.3256081 136.3483282 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255052 136.3483355 8.4 36.3254899 136.3480034 8.4 36.3255927 136.3479961 8.4 36.3256081 136.3483282 8.4 36.3255052 136.3483355 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256081 136.3483282 8.4 36.3255927 136.3479961 8.4 36.3255927 136.3479961 20.5 36.3256081 136.3483282 20.5 36.3256081 136.3483282 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255927 136.3479961 8.4 36.3254899 136.3480034 8.4 36.3254899 136.3480034 20.5 36.3255927 136.3479961 20.5 36.3255927 136.3479961 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254899 136.3480034 8.4 36.3255052 136.3483355 8.4 36.3255052 136.3483355 20.5 36.3254899 136.3480034 20.5 36.3254899 136.3480034 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255052 136.3483355 8.4 36.3256081 136.3483282 8.4 36.3256081 136.3483282 20.5 36.3255052 136.3483355 20.5 36.3255052 136.3483355 8.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256081 136.3483282 20.5 36.3255927 136.3479961 20.5 36.3254899 136.3480034 20.5 36.3255052 136.3483355 20.5 36.3256081 136.3483282 20.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1023.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">341.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-155</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1e9416e9-16bb-4373-9b08-0a098553edce">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">402</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259356 136.3487889 0 36.3259595 136.3493068 0 36.3262133 136.3492889 0 36.3261893 136.348771 0 36.3259356 136.3487889 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261893 136.348771 8.39 36.3262133 136.3492889 8.39 36.3259595 136.3493068 8.39 36.3259356 136.3487889 8.39 36.3261893 136.348771 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259356 136.3487889 8.39 36.3259595 136.3493068 8.39 36.3259595 136.3493068 13.67 36.3259356 136.3487889 13.67 36.3259356 136.3487889 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259595 136.3493068 8.39 36.3262133 136.3492889 8.39 36.3262133 136.3492889 13.67 36.3259595 136.3493068 13.67 36.3259595 136.3493068 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262133 136.3492889 8.39 36.3261893 136.348771 8.39 36.3261893 136.348771 13.67 36.3262133 136.3492889 13.67 36.3262133 136.3492889 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261893 136.348771 8.39 36.3259356 136.3487889 8.39 36.3259356 136.3487889 13.67 36.3261893 136.348771 13.67 36.3261893 136.348771 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259356 136.3487889 13.67 36.3259595 136.3493068 13.67 36.3262133 136.3492889 13.67 36.3261893 136.348771 13.67 36.3259356 136.3487889 13.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">1298.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">1314.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-156</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2764c545-5faa-46a0-b629-6e9ce6ec8117">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1970</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256467 136.3487067 0 36.3256425 136.348615 0 36.3255773 136.3486197 0 36.3255816 136.3487113 0 36.3256467 136.3487067 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255816 136.3487113 8.48 36.3255773 136.3486197 8.48 36.3256425 136.348615 8.48 36.3256467 136.3487067 8.48 36.3255816 136.3487113 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256467 136.3487067 8.48 36.3256425 136.348615 8.48 36.3256425 136.348615 12.68 36.3256467 136.3487067 12.68 36.3256467 136.3487067 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256425 136.348615 8.48 36.3255773 136.3486197 8.48 36.3255773 136.3486197 12.68 36.3256425 136.348615 12.68 36.3256425 136.348615 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255773 136.3486197 8.48 36.3255816 136.3487113 8.48 36.3255816 136.3487113 12.68 36.3255773 136.3486197 12.68 36.3255773 136.3486197 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255816 136.3487113 8.48 36.3256467 136.3487067 8.48 36.3256467 136.3487067 12.68 36.3255816 136.3487113 12.68 36.3255816 136.3487113 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256467 136.3487067 12.68 36.3256425 136.348615 12.68 36.3255773 136.3486197 12.68 36.3255816 136.3487113 12.68 36.3256467 136.3487067 12.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">59.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">59.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-157</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0999fa95-7f71-4943-b6a7-adec2c9b2cdf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255618 136.3490183 0 36.325552 136.3488061 0 36.3254082 136.3488163 0 36.325418 136.3490285 0 36.3255618 136.3490183 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325418 136.3490285 8.56 36.3254082 136.3488163 8.56 36.325552 136.3488061 8.56 36.3255618 136.3490183 8.56 36.325418 136.3490285 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255618 136.3490183 8.56 36.325552 136.3488061 8.56 36.325552 136.3488061 16.76 36.3255618 136.3490183 16.76 36.3255618 136.3490183 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325552 136.3488061 8.56 36.3254082 136.3488163 8.56 36.3254082 136.3488163 16.76 36.325552 136.3488061 16.76 36.325552 136.3488061 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254082 136.3488163 8.56 36.325418 136.3490285 8.56 36.325418 136.3490285 16.76 36.3254082 136.3488163 16.76 36.3254082 136.3488163 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325418 136.3490285 8.56 36.3255618 136.3490183 8.56 36.3255618 136.3490183 16.76 36.325418 136.3490285 16.76 36.325418 136.3490285 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255618 136.3490183 16.76 36.325552 136.3488061 16.76 36.3254082 136.3488163 16.76 36.325418 136.3490285 16.76 36.3255618 136.3490183 16.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">587.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">305.05</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-158</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_04f2c86c-fb3d-4e94-b464-84392e58f2ba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">9.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325667 136.3491036 0 36.3255714 136.3491104 0 36.325576 136.3492111 0 36.3256716 136.3492043 0 36.325667 136.3491036 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256716 136.3492043 8.57 36.325576 136.3492111 8.57 36.3255714 136.3491104 8.57 36.325667 136.3491036 8.57 36.3256716 136.3492043 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325667 136.3491036 8.57 36.3255714 136.3491104 8.57 36.3255714 136.3491104 17.63 36.325667 136.3491036 17.63 36.325667 136.3491036 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255714 136.3491104 8.57 36.325576 136.3492111 8.57 36.325576 136.3492111 17.63 36.3255714 136.3491104 17.63 36.3255714 136.3491104 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325576 136.3492111 8.57 36.3256716 136.3492043 8.57 36.3256716 136.3492043 17.63 36.325576 136.3492111 17.63 36.325576 136.3492111 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256716 136.3492043 8.57 36.325667 136.3491036 8.57 36.325667 136.3491036 17.63 36.3256716 136.3492043 17.63 36.3256716 136.3492043 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325667 136.3491036 17.63 36.3255714 136.3491104 17.63 36.325576 136.3492111 17.63 36.3256716 136.3492043 17.63 36.325667 136.3491036 17.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">240.57</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-159</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_64c13b2f-7b0c-463b-85a3-6f2f10628378">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250301 136.3482351 0 36.3249537 136.3482745 0 36.3249781 136.3483468 0 36.3250545 136.3483074 0 36.3250301 136.3482351 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250545 136.3483074 8.54 36.3249781 136.3483468 8.54 36.3249537 136.3482745 8.54 36.3250301 136.3482351 8.54 36.3250545 136.3483074 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250301 136.3482351 8.54 36.3249537 136.3482745 8.54 36.3249537 136.3482745 12.63 36.3250301 136.3482351 12.63 36.3250301 136.3482351 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249537 136.3482745 8.54 36.3249781 136.3483468 8.54 36.3249781 136.3483468 12.63 36.3249537 136.3482745 12.63 36.3249537 136.3482745 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249781 136.3483468 8.54 36.3250545 136.3483074 8.54 36.3250545 136.3483074 12.63 36.3249781 136.3483468 12.63 36.3249781 136.3483468 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250545 136.3483074 8.54 36.3250301 136.3482351 8.54 36.3250301 136.3482351 12.63 36.3250545 136.3483074 12.63 36.3250545 136.3483074 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250301 136.3482351 12.63 36.3249537 136.3482745 12.63 36.3249781 136.3483468 12.63 36.3250545 136.3483074 12.63 36.3250301 136.3482351 12.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">60.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">64.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-292</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1f37fc6d-6aec-4255-b71f-1262c2252525">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">413</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250559 136.3481811 0 36.3250986 136.3483077 0 36.3251808 136.3482654 0 36.3251381 136.3481387 0 36.3250559 136.3481811 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251381 136.3481387 8.53 36.3251808 136.3482654 8.53 36.3250986 136.3483077 8.53 36.3250559 136.3481811 8.53 36.3251381 136.3481387 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250559 136.3481811 8.53 36.3250986 136.3483077 8.53 36.3250986 136.3483077 16.16 36.3250559 136.3481811 16.16 36.3250559 136.3481811 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250986 136.3483077 8.53 36.3251808 136.3482654 8.53 36.3251808 136.3482654 16.16 36.3250986 136.3483077 16.16 36.3250986 136.3483077 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251808 136.3482654 8.53 36.3251381 136.3481387 8.53 36.3251381 136.3481387 16.16 36.3251808 136.3482654 16.16 36.3251808 136.3482654 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251381 136.3481387 8.53 36.3250559 136.3481811 8.53 36.3250559 136.3481811 16.16 36.3251381 136.3481387 16.16 36.3251381 136.3481387 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250559 136.3481811 16.16 36.3250986 136.3483077 16.16 36.3251808 136.3482654 16.16 36.3251381 136.3481387 16.16 36.3250559 136.3481811 16.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">239.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">121.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-293</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b9cf4c03-8a6c-4a3a-b6b6-4a9b51015039">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3002</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">401</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">12.1</bldg:measuredHeight>
<bldg:storeysAboveGround>3</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258075 136.3474676 0 36.3259754 136.3473812 0 36.3259472 136.3472975 0 36.3258632 136.3473407 0 36.325835 136.3472571 0 36.3257511 136.3473003 0 36.3258075 136.3474676 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257511 136.3473003 8.19 36.325835 136.3472571 8.19 36.3258632 136.3473407 8.19 36.3259472 136.3472975 8.19 36.3259754 136.3473812 8.19 36.3258075 136.3474676 8.19 36.3257511 136.3473003 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258075 136.3474676 8.19 36.3259754 136.3473812 8.19 36.3259754 136.3473812 20.29 36.3258075 136.3474676 20.29 36.3258075 136.3474676 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259754 136.3473812 8.19 36.3259472 136.3472975 8.19 36.3259472 136.3472975 20.29 36.3259754 136.3473812 20.29 36.3259754 136.3473812 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259472 136.3472975 8.19 36.3258632 136.3473407 8.19 36.3258632 136.3473407 20.29 36.3259472 136.3472975 20.29 36.3259472 136.3472975 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258632 136.3473407 8.19 36.325835 136.3472571 8.19 36.325835 136.3472571 20.29 36.3258632 136.3473407 20.29 36.3258632 136.3473407 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325835 136.3472571 8.19 36.3257511 136.3473003 8.19 36.3257511 136.3473003 20.29 36.325835 136.3472571 20.29 36.325835 136.3472571 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257511 136.3473003 8.19 36.3258075 136.3474676 8.19 36.3258075 136.3474676 20.29 36.3257511 136.3473003 20.29 36.3257511 136.3473003 8.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258075 136.3474676 20.29 36.3259754 136.3473812 20.29 36.3259472 136.3472975 20.29 36.3258632 136.3473407 20.29 36.325835 136.3472571 20.29 36.3257511 136.3473003 20.29 36.3258075 136.3474676 20.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">607.09</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">246.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-294</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9aa4d54f-a14e-4856-bf72-f616467a1a8b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">422</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260292 136.3477549 0 36.3258335 136.3478556 0 36.3258946 136.3480367 0 36.3260902 136.347936 0 36.3260292 136.3477549 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260902 136.347936 8.1 36.3258946 136.3480367 8.1 36.3258335 136.3478556 8.1 36.3260292 136.3477549 8.1 36.3260902 136.347936 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260292 136.3477549 8.1 36.3258335 136.3478556 8.1 36.3258335 136.3478556 16.3 36.3260292 136.3477549 16.3 36.3260292 136.3477549 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258335 136.3478556 8.1 36.3258946 136.3480367 8.1 36.3258946 136.3480367 16.3 36.3258335 136.3478556 16.3 36.3258335 136.3478556 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258946 136.3480367 8.1 36.3260902 136.347936 8.1 36.3260902 136.347936 16.3 36.3258946 136.3480367 16.3 36.3258946 136.3480367 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260902 136.347936 8.1 36.3260292 136.3477549 8.1 36.3260292 136.3477549 16.3 36.3260902 136.347936 16.3 36.3260902 136.347936 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260292 136.3477549 16.3 36.3258335 136.3478556 16.3 36.3258946 136.3480367 16.3 36.3260902 136.347936 16.3 36.3260292 136.3477549 16.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">784.31</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">414.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-295</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f08069fc-f623-4d44-b929-3266f5285e7d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288728 136.3459288 0 36.3289924 136.3458673 0 36.3289549 136.345756 0 36.3288353 136.3458176 0 36.3288728 136.3459288 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288353 136.3458176 7.98 36.3289549 136.345756 7.98 36.3289924 136.3458673 7.98 36.3288728 136.3459288 7.98 36.3288353 136.3458176 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288728 136.3459288 7.98 36.3289924 136.3458673 7.98 36.3289924 136.3458673 12.42 36.3288728 136.3459288 12.42 36.3288728 136.3459288 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289924 136.3458673 7.98 36.3289549 136.345756 7.98 36.3289549 136.345756 12.42 36.3289924 136.3458673 12.42 36.3289924 136.3458673 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289549 136.345756 7.98 36.3288353 136.3458176 7.98 36.3288353 136.3458176 12.42 36.3289549 136.345756 12.42 36.3289549 136.345756 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288353 136.3458176 7.98 36.3288728 136.3459288 7.98 36.3288728 136.3459288 12.42 36.3288353 136.3458176 12.42 36.3288353 136.3458176 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288728 136.3459288 12.42 36.3289924 136.3458673 12.42 36.3289549 136.345756 12.42 36.3288353 136.3458176 12.42 36.3288728 136.3459288 12.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">145.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">155.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-296</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cbc53103-da06-4d5c-bfc5-166350a263d5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295956 136.3459078 0 36.3294705 136.3459722 0 36.329501 136.3460625 0 36.3296261 136.3459981 0 36.3295956 136.3459078 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296261 136.3459981 7.8 36.329501 136.3460625 7.8 36.3294705 136.3459722 7.8 36.3295956 136.3459078 7.8 36.3296261 136.3459981 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295956 136.3459078 7.8 36.3294705 136.3459722 7.8 36.3294705 136.3459722 12.21 36.3295956 136.3459078 12.21 36.3295956 136.3459078 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294705 136.3459722 7.8 36.329501 136.3460625 7.8 36.329501 136.3460625 12.21 36.3294705 136.3459722 12.21 36.3294705 136.3459722 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329501 136.3460625 7.8 36.3296261 136.3459981 7.8 36.3296261 136.3459981 12.21 36.329501 136.3460625 12.21 36.329501 136.3460625 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296261 136.3459981 7.8 36.3295956 136.3459078 7.8 36.3295956 136.3459078 12.21 36.3296261 136.3459981 12.21 36.3296261 136.3459981 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295956 136.3459078 12.21 36.3294705 136.3459722 12.21 36.329501 136.3460625 12.21 36.3296261 136.3459981 12.21 36.3295956 136.3459078 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">132.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-297</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dc0016ca-e5f8-4b4e-9951-6af4474b9648">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330398 136.3455211 0 36.3303123 136.3455652 0 36.3303345 136.3456311 0 36.3304202 136.345587 0 36.330398 136.3455211 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304202 136.345587 7.82 36.3303345 136.3456311 7.82 36.3303123 136.3455652 7.82 36.330398 136.3455211 7.82 36.3304202 136.345587 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330398 136.3455211 7.82 36.3303123 136.3455652 7.82 36.3303123 136.3455652 12.68 36.330398 136.3455211 12.68 36.330398 136.3455211 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303123 136.3455652 7.82 36.3303345 136.3456311 7.82 36.3303345 136.3456311 12.68 36.3303123 136.3455652 12.68 36.3303123 136.3455652 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303345 136.3456311 7.82 36.3304202 136.345587 7.82 36.3304202 136.345587 12.68 36.3303345 136.3456311 12.68 36.3303345 136.3456311 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304202 136.345587 7.82 36.330398 136.3455211 7.82 36.330398 136.3455211 12.68 36.3304202 136.345587 12.68 36.3304202 136.345587 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330398 136.3455211 12.68 36.3303123 136.3455652 12.68 36.3303345 136.3456311 12.68 36.3304202 136.345587 12.68 36.330398 136.3455211 12.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">66.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-298</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6a9e9e68-bac6-47e2-a6d6-e6fe93d34e59">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1955</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332053 136.3443214 0 36.3321663 136.344263 0 36.3321463 136.3442037 0 36.332033 136.344262 0 36.332053 136.3443214 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332033 136.344262 7.81 36.3321463 136.3442037 7.81 36.3321663 136.344263 7.81 36.332053 136.3443214 7.81 36.332033 136.344262 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332053 136.3443214 7.81 36.3321663 136.344263 7.81 36.3321663 136.344263 11.94 36.332053 136.3443214 11.94 36.332053 136.3443214 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321663 136.344263 7.81 36.3321463 136.3442037 7.81 36.3321463 136.3442037 11.94 36.3321663 136.344263 11.94 36.3321663 136.344263 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321463 136.3442037 7.81 36.332033 136.344262 7.81 36.332033 136.344262 11.94 36.3321463 136.3442037 11.94 36.3321463 136.3442037 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332033 136.344262 7.81 36.332053 136.3443214 7.81 36.332053 136.3443214 11.94 36.332033 136.344262 11.94 36.332033 136.344262 7.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332053 136.3443214 11.94 36.3321663 136.344263 11.94 36.3321463 136.3442037 11.94 36.332033 136.344262 11.94 36.332053 136.3443214 11.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">78.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-299</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_40219a2a-a7cf-4685-8c27-60fc977b72a4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1970</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332782 136.3439265 0 36.3329225 136.3438542 0 36.3328846 136.3437416 0 36.3327441 136.3438139 0 36.332782 136.3439265 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327441 136.3438139 7.51 36.3328846 136.3437416 7.51 36.3329225 136.3438542 7.51 36.332782 136.3439265 7.51 36.3327441 136.3438139 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332782 136.3439265 7.51 36.3329225 136.3438542 7.51 36.3329225 136.3438542 14.68 36.332782 136.3439265 14.68 36.332782 136.3439265 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329225 136.3438542 7.51 36.3328846 136.3437416 7.51 36.3328846 136.3437416 14.68 36.3329225 136.3438542 14.68 36.3329225 136.3438542 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328846 136.3437416 7.51 36.3327441 136.3438139 7.51 36.3327441 136.3438139 14.68 36.3328846 136.3437416 14.68 36.3328846 136.3437416 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3327441 136.3438139 7.51 36.332782 136.3439265 7.51 36.332782 136.3439265 14.68 36.3327441 136.3438139 14.68 36.3327441 136.3438139 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332782 136.3439265 14.68 36.3329225 136.3438542 14.68 36.3328846 136.3437416 14.68 36.3327441 136.3438139 14.68 36.332782 136.3439265 14.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">312.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">184.97</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-300</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1f031bb4-2fa0-4e2f-baf7-dbe44fc231c5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307418 136.3452672 0 36.3306126 136.3453337 0 36.3306504 136.3454456 0 36.3307796 136.3453791 0 36.3307418 136.3452672 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307796 136.3453791 7.77 36.3306504 136.3454456 7.77 36.3306126 136.3453337 7.77 36.3307418 136.3452672 7.77 36.3307796 136.3453791 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307418 136.3452672 7.77 36.3306126 136.3453337 7.77 36.3306126 136.3453337 11.87 36.3307418 136.3452672 11.87 36.3307418 136.3452672 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306126 136.3453337 7.77 36.3306504 136.3454456 7.77 36.3306504 136.3454456 11.87 36.3306126 136.3453337 11.87 36.3306126 136.3453337 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306504 136.3454456 7.77 36.3307796 136.3453791 7.77 36.3307796 136.3453791 11.87 36.3306504 136.3454456 11.87 36.3306504 136.3454456 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307796 136.3453791 7.77 36.3307418 136.3452672 7.77 36.3307418 136.3452672 11.87 36.3307796 136.3453791 11.87 36.3307796 136.3453791 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307418 136.3452672 11.87 36.3306126 136.3453337 11.87 36.3306504 136.3454456 11.87 36.3307796 136.3453791 11.87 36.3307418 136.3452672 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-301</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_28f94c89-9259-421b-b46b-cec8edc881a4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313243 136.3450371 0 36.3313558 136.3451306 0 36.3314278 136.3450936 0 36.3313962 136.3450001 0 36.3313243 136.3450371 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313962 136.3450001 7.88 36.3314278 136.3450936 7.88 36.3313558 136.3451306 7.88 36.3313243 136.3450371 7.88 36.3313962 136.3450001 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313243 136.3450371 7.88 36.3313558 136.3451306 7.88 36.3313558 136.3451306 12.84 36.3313243 136.3450371 12.84 36.3313243 136.3450371 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313558 136.3451306 7.88 36.3314278 136.3450936 7.88 36.3314278 136.3450936 12.84 36.3313558 136.3451306 12.84 36.3313558 136.3451306 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314278 136.3450936 7.88 36.3313962 136.3450001 7.88 36.3313962 136.3450001 12.84 36.3314278 136.3450936 12.84 36.3314278 136.3450936 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313962 136.3450001 7.88 36.3313243 136.3450371 7.88 36.3313243 136.3450371 12.84 36.3313962 136.3450001 12.84 36.3313962 136.3450001 7.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313243 136.3450371 12.84 36.3313558 136.3451306 12.84 36.3314278 136.3450936 12.84 36.3313962 136.3450001 12.84 36.3313243 136.3450371 12.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">67.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-302</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_aaf8eb62-85f0-465f-9c15-091546b1ff3b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252296 136.3398961 0 36.3253191 136.33985 0 36.3252868 136.3397543 0 36.3251973 136.3398004 0 36.3252296 136.3398961 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251973 136.3398004 9.11 36.3252868 136.3397543 9.11 36.3253191 136.33985 9.11 36.3252296 136.3398961 9.11 36.3251973 136.3398004 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252296 136.3398961 9.11 36.3253191 136.33985 9.11 36.3253191 136.33985 15.49 36.3252296 136.3398961 15.49 36.3252296 136.3398961 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253191 136.33985 9.11 36.3252868 136.3397543 9.11 36.3252868 136.3397543 15.49 36.3253191 136.33985 15.49 36.3253191 136.33985 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252868 136.3397543 9.11 36.3251973 136.3398004 9.11 36.3251973 136.3398004 15.49 36.3252868 136.3397543 15.49 36.3252868 136.3397543 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251973 136.3398004 9.11 36.3252296 136.3398961 9.11 36.3252296 136.3398961 15.49 36.3251973 136.3398004 15.49 36.3251973 136.3398004 9.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252296 136.3398961 15.49 36.3253191 136.33985 15.49 36.3252868 136.3397543 15.49 36.3251973 136.3398004 15.49 36.3252296 136.3398961 15.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">183.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-453</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b7e70d21-6532-4517-a8b3-10d823abb679">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253919 136.339805 0 36.3254668 136.3397664 0 36.3254387 136.3396829 0 36.3253637 136.3397215 0 36.3253919 136.339805 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253637 136.3397215 9.05 36.3254387 136.3396829 9.05 36.3254668 136.3397664 9.05 36.3253919 136.339805 9.05 36.3253637 136.3397215 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253919 136.339805 9.05 36.3254668 136.3397664 9.05 36.3254668 136.3397664 15.31 36.3253919 136.339805 15.31 36.3253919 136.339805 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254668 136.3397664 9.05 36.3254387 136.3396829 9.05 36.3254387 136.3396829 15.31 36.3254668 136.3397664 15.31 36.3254668 136.3397664 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254387 136.3396829 9.05 36.3253637 136.3397215 9.05 36.3253637 136.3397215 15.31 36.3254387 136.3396829 15.31 36.3254387 136.3396829 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253637 136.3397215 9.05 36.3253919 136.339805 9.05 36.3253919 136.339805 15.31 36.3253637 136.3397215 15.31 36.3253637 136.3397215 9.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253919 136.339805 15.31 36.3254668 136.3397664 15.31 36.3254387 136.3396829 15.31 36.3253637 136.3397215 15.31 36.3253919 136.339805 15.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">140.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-454</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_32fd5437-72e6-4ef4-9e5b-9dc0d83e399a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254122 136.3396328 0 36.3253802 136.339538 0 36.3253134 136.3395723 0 36.3253454 136.3396672 0 36.3254122 136.3396328 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253454 136.3396672 9 36.3253134 136.3395723 9 36.3253802 136.339538 9 36.3254122 136.3396328 9 36.3253454 136.3396672 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254122 136.3396328 9 36.3253802 136.339538 9 36.3253802 136.339538 12.73 36.3254122 136.3396328 12.73 36.3254122 136.3396328 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253802 136.339538 9 36.3253134 136.3395723 9 36.3253134 136.3395723 12.73 36.3253802 136.339538 12.73 36.3253802 136.339538 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253134 136.3395723 9 36.3253454 136.3396672 9 36.3253454 136.3396672 12.73 36.3253134 136.3395723 12.73 36.3253134 136.3395723 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253454 136.3396672 9 36.3254122 136.3396328 9 36.3254122 136.3396328 12.73 36.3253454 136.3396672 12.73 36.3253454 136.3396672 9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254122 136.3396328 12.73 36.3253802 136.339538 12.73 36.3253134 136.3395723 12.73 36.3253454 136.3396672 12.73 36.3254122 136.3396328 12.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-455</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_304c42ab-743b-40a3-b8dc-ba8e46fe8f7d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326443 136.3392792 0 36.3265313 136.3392338 0 36.3265039 136.3391525 0 36.3264156 136.339198 0 36.326443 136.3392792 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264156 136.339198 8.97 36.3265039 136.3391525 8.97 36.3265313 136.3392338 8.97 36.326443 136.3392792 8.97 36.3264156 136.339198 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326443 136.3392792 8.97 36.3265313 136.3392338 8.97 36.3265313 136.3392338 13.17 36.326443 136.3392792 13.17 36.326443 136.3392792 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265313 136.3392338 8.97 36.3265039 136.3391525 8.97 36.3265039 136.3391525 13.17 36.3265313 136.3392338 13.17 36.3265313 136.3392338 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265039 136.3391525 8.97 36.3264156 136.339198 8.97 36.3264156 136.339198 13.17 36.3265039 136.3391525 13.17 36.3265039 136.3391525 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264156 136.339198 8.97 36.326443 136.3392792 8.97 36.326443 136.3392792 13.17 36.3264156 136.339198 13.17 36.3264156 136.339198 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326443 136.3392792 13.17 36.3265313 136.3392338 13.17 36.3265039 136.3391525 13.17 36.3264156 136.339198 13.17 36.326443 136.3392792 13.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">74.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-456</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b97949f-ed90-4834-8034-2a7a711fea80">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266905 136.3390891 0 36.3267645 136.3390509 0 36.3267436 136.338989 0 36.3266696 136.3390271 0 36.3266905 136.3390891 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266696 136.3390271 8.92 36.3267436 136.338989 8.92 36.3267645 136.3390509 8.92 36.3266905 136.3390891 8.92 36.3266696 136.3390271 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266905 136.3390891 8.92 36.3267645 136.3390509 8.92 36.3267645 136.3390509 12.77 36.3266905 136.3390891 12.77 36.3266905 136.3390891 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267645 136.3390509 8.92 36.3267436 136.338989 8.92 36.3267436 136.338989 12.77 36.3267645 136.3390509 12.77 36.3267645 136.3390509 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267436 136.338989 8.92 36.3266696 136.3390271 8.92 36.3266696 136.3390271 12.77 36.3267436 136.338989 12.77 36.3267436 136.338989 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266696 136.3390271 8.92 36.3266905 136.3390891 8.92 36.3266905 136.3390891 12.77 36.3266696 136.3390271 12.77 36.3266696 136.3390271 8.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266905 136.3390891 12.77 36.3267645 136.3390509 12.77 36.3267436 136.338989 12.77 36.3266696 136.3390271 12.77 36.3266905 136.3390891 12.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">49.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">53.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-457</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3bbc9d46-cccb-4641-915c-34490e22ee95">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273519 136.3387947 0 36.3273183 136.3386949 0 36.3272557 136.3387272 0 36.3272893 136.3388269 0 36.3273519 136.3387947 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272893 136.3388269 8.93 36.3272557 136.3387272 8.93 36.3273183 136.3386949 8.93 36.3273519 136.3387947 8.93 36.3272893 136.3388269 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273519 136.3387947 8.93 36.3273183 136.3386949 8.93 36.3273183 136.3386949 14.21 36.3273519 136.3387947 14.21 36.3273519 136.3387947 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273183 136.3386949 8.93 36.3272557 136.3387272 8.93 36.3272557 136.3387272 14.21 36.3273183 136.3386949 14.21 36.3273183 136.3386949 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272557 136.3387272 8.93 36.3272893 136.3388269 8.93 36.3272893 136.3388269 14.21 36.3272557 136.3387272 14.21 36.3272557 136.3387272 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272893 136.3388269 8.93 36.3273519 136.3387947 8.93 36.3273519 136.3387947 14.21 36.3272893 136.3388269 14.21 36.3272893 136.3388269 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3273519 136.3387947 14.21 36.3273183 136.3386949 14.21 36.3272557 136.3387272 14.21 36.3272893 136.3388269 14.21 36.3273519 136.3387947 14.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">63.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-458</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2b992734-8a79-4ee5-a134-40fc35f366b2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275041 136.3387312 0 36.3276003 136.3386817 0 36.3275812 136.3386251 0 36.327485 136.3386746 0 36.3275041 136.3387312 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327485 136.3386746 8.95 36.3275812 136.3386251 8.95 36.3276003 136.3386817 8.95 36.3275041 136.3387312 8.95 36.327485 136.3386746 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275041 136.3387312 8.95 36.3276003 136.3386817 8.95 36.3276003 136.3386817 13.15 36.3275041 136.3387312 13.15 36.3275041 136.3387312 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276003 136.3386817 8.95 36.3275812 136.3386251 8.95 36.3275812 136.3386251 13.15 36.3276003 136.3386817 13.15 36.3276003 136.3386817 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275812 136.3386251 8.95 36.327485 136.3386746 8.95 36.327485 136.3386746 13.15 36.3275812 136.3386251 13.15 36.3275812 136.3386251 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327485 136.3386746 8.95 36.3275041 136.3387312 8.95 36.3275041 136.3387312 13.15 36.327485 136.3386746 13.15 36.327485 136.3386746 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275041 136.3387312 13.15 36.3276003 136.3386817 13.15 36.3275812 136.3386251 13.15 36.327485 136.3386746 13.15 36.3275041 136.3387312 13.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-459</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c94b0a9b-9fa8-464e-95a4-04a2536d3e58">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255207 136.3399594 0 36.3254382 136.3400019 0 36.3254716 136.3401011 0 36.3255541 136.3400586 0 36.3255207 136.3399594 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255541 136.3400586 9.1 36.3254716 136.3401011 9.1 36.3254382 136.3400019 9.1 36.3255207 136.3399594 9.1 36.3255541 136.3400586 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255207 136.3399594 9.1 36.3254382 136.3400019 9.1 36.3254382 136.3400019 13.21 36.3255207 136.3399594 13.21 36.3255207 136.3399594 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254382 136.3400019 9.1 36.3254716 136.3401011 9.1 36.3254716 136.3401011 13.21 36.3254382 136.3400019 13.21 36.3254382 136.3400019 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254716 136.3401011 9.1 36.3255541 136.3400586 9.1 36.3255541 136.3400586 13.21 36.3254716 136.3401011 13.21 36.3254716 136.3401011 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255541 136.3400586 9.1 36.3255207 136.3399594 9.1 36.3255207 136.3399594 13.21 36.3255541 136.3400586 13.21 36.3255541 136.3400586 9.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255207 136.3399594 13.21 36.3254382 136.3400019 13.21 36.3254716 136.3401011 13.21 36.3255541 136.3400586 13.21 36.3255207 136.3399594 13.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">88.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-460</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e02abd27-c72b-4661-adc7-13444b9b5c47">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266681 136.3393574 0 36.3265419 136.3394224 0 36.3265753 136.3395215 0 36.3267015 136.3394565 0 36.3266681 136.3393574 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267015 136.3394565 9.06 36.3265753 136.3395215 9.06 36.3265419 136.3394224 9.06 36.3266681 136.3393574 9.06 36.3267015 136.3394565 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266681 136.3393574 9.06 36.3265419 136.3394224 9.06 36.3265419 136.3394224 13.44 36.3266681 136.3393574 13.44 36.3266681 136.3393574 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265419 136.3394224 9.06 36.3265753 136.3395215 9.06 36.3265753 136.3395215 13.44 36.3265419 136.3394224 13.44 36.3265419 136.3394224 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265753 136.3395215 9.06 36.3267015 136.3394565 9.06 36.3267015 136.3394565 13.44 36.3265753 136.3395215 13.44 36.3265753 136.3395215 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267015 136.3394565 9.06 36.3266681 136.3393574 9.06 36.3266681 136.3393574 13.44 36.3267015 136.3394565 13.44 36.3267015 136.3394565 9.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266681 136.3393574 13.44 36.3265419 136.3394224 13.44 36.3265753 136.3395215 13.44 36.3267015 136.3394565 13.44 36.3266681 136.3393574 13.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">132.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">146.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-461</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_08509d2e-cd80-49db-b551-0f1f16ae0003">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272116 136.3391254 0 36.327137 136.3391637 0 36.3271643 136.3392447 0 36.3272389 136.3392063 0 36.3272116 136.3391254 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272389 136.3392063 8.93 36.3271643 136.3392447 8.93 36.327137 136.3391637 8.93 36.3272116 136.3391254 8.93 36.3272389 136.3392063 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272116 136.3391254 8.93 36.327137 136.3391637 8.93 36.327137 136.3391637 13.39 36.3272116 136.3391254 13.39 36.3272116 136.3391254 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327137 136.3391637 8.93 36.3271643 136.3392447 8.93 36.3271643 136.3392447 13.39 36.327137 136.3391637 13.39 36.327137 136.3391637 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271643 136.3392447 8.93 36.3272389 136.3392063 8.93 36.3272389 136.3392063 13.39 36.3271643 136.3392447 13.39 36.3271643 136.3392447 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272389 136.3392063 8.93 36.3272116 136.3391254 8.93 36.3272116 136.3391254 13.39 36.3272389 136.3392063 13.39 36.3272389 136.3392063 8.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3272116 136.3391254 13.39 36.327137 136.3391637 13.39 36.3271643 136.3392447 13.39 36.3272389 136.3392063 13.39 36.3272116 136.3391254 13.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">63.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-462</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_01c7e956-3bae-4517-99da-b36a4e3903ee">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328456 136.3382234 0 36.3285364 136.338182 0 36.3285136 136.3381141 0 36.3284331 136.3381556 0 36.328456 136.3382234 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284331 136.3381556 8.99 36.3285136 136.3381141 8.99 36.3285364 136.338182 8.99 36.328456 136.3382234 8.99 36.3284331 136.3381556 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328456 136.3382234 8.99 36.3285364 136.338182 8.99 36.3285364 136.338182 12.97 36.328456 136.3382234 12.97 36.328456 136.3382234 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285364 136.338182 8.99 36.3285136 136.3381141 8.99 36.3285136 136.3381141 12.97 36.3285364 136.338182 12.97 36.3285364 136.338182 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285136 136.3381141 8.99 36.3284331 136.3381556 8.99 36.3284331 136.3381556 12.97 36.3285136 136.3381141 12.97 36.3285136 136.3381141 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3284331 136.3381556 8.99 36.328456 136.3382234 8.99 36.328456 136.3382234 12.97 36.3284331 136.3381556 12.97 36.3284331 136.3381556 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328456 136.3382234 12.97 36.3285364 136.338182 12.97 36.3285136 136.3381141 12.97 36.3284331 136.3381556 12.97 36.328456 136.3382234 12.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">53.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-463</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0c43078c-314d-47f2-8cbd-d8162d274e5a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293504 136.3380016 0 36.3292348 136.3380611 0 36.3292706 136.3381673 0 36.3293862 136.3381078 0 36.3293504 136.3380016 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293862 136.3381078 8.52 36.3292706 136.3381673 8.52 36.3292348 136.3380611 8.52 36.3293504 136.3380016 8.52 36.3293862 136.3381078 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293504 136.3380016 8.52 36.3292348 136.3380611 8.52 36.3292348 136.3380611 15.45 36.3293504 136.3380016 15.45 36.3293504 136.3380016 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292348 136.3380611 8.52 36.3292706 136.3381673 8.52 36.3292706 136.3381673 15.45 36.3292348 136.3380611 15.45 36.3292348 136.3380611 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292706 136.3381673 8.52 36.3293862 136.3381078 8.52 36.3293862 136.3381078 15.45 36.3292706 136.3381673 15.45 36.3292706 136.3381673 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293862 136.3381078 8.52 36.3293504 136.3380016 8.52 36.3293504 136.3380016 15.45 36.3293862 136.3381078 15.45 36.3293862 136.3381078 8.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293504 136.3380016 15.45 36.3292348 136.3380611 15.45 36.3292706 136.3381673 15.45 36.3293862 136.3381078 15.45 36.3293504 136.3380016 15.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">276.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">143.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-464</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_687badc3-cd63-4e5b-b129-f3a2e8b91db3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329638 136.3378785 0 36.3295166 136.337941 0 36.329548 136.3380342 0 36.3296695 136.3379717 0 36.329638 136.3378785 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296695 136.3379717 8.34 36.329548 136.3380342 8.34 36.3295166 136.337941 8.34 36.329638 136.3378785 8.34 36.3296695 136.3379717 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329638 136.3378785 8.34 36.3295166 136.337941 8.34 36.3295166 136.337941 12.3 36.329638 136.3378785 12.3 36.329638 136.3378785 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3295166 136.337941 8.34 36.329548 136.3380342 8.34 36.329548 136.3380342 12.3 36.3295166 136.337941 12.3 36.3295166 136.337941 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329548 136.3380342 8.34 36.3296695 136.3379717 8.34 36.3296695 136.3379717 12.3 36.329548 136.3380342 12.3 36.329548 136.3380342 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296695 136.3379717 8.34 36.329638 136.3378785 8.34 36.329638 136.3378785 12.3 36.3296695 136.3379717 12.3 36.3296695 136.3379717 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329638 136.3378785 12.3 36.3295166 136.337941 12.3 36.329548 136.3380342 12.3 36.3296695 136.3379717 12.3 36.329638 136.3378785 12.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">130.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">132.35</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-465</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7452fc27-716c-4d0c-aded-d873eebdc10a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301359 136.3402171 0 36.3302574 136.3401546 0 36.330228 136.3400673 0 36.3301065 136.3401298 0 36.3301359 136.3402171 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301065 136.3401298 8.42 36.330228 136.3400673 8.42 36.3302574 136.3401546 8.42 36.3301359 136.3402171 8.42 36.3301065 136.3401298 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301359 136.3402171 8.42 36.3302574 136.3401546 8.42 36.3302574 136.3401546 12.34 36.3301359 136.3402171 12.34 36.3301359 136.3402171 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302574 136.3401546 8.42 36.330228 136.3400673 8.42 36.330228 136.3400673 12.34 36.3302574 136.3401546 12.34 36.3302574 136.3401546 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330228 136.3400673 8.42 36.3301065 136.3401298 8.42 36.3301065 136.3401298 12.34 36.330228 136.3400673 12.34 36.330228 136.3400673 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301065 136.3401298 8.42 36.3301359 136.3402171 8.42 36.3301359 136.3402171 12.34 36.3301065 136.3401298 12.34 36.3301065 136.3401298 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301359 136.3402171 12.34 36.3302574 136.3401546 12.34 36.330228 136.3400673 12.34 36.3301065 136.3401298 12.34 36.3301359 136.3402171 12.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">102.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">124.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-508</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_375c033b-379d-4033-b963-fbaf49085537">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303498 136.3401717 0 36.33049 136.3400996 0 36.3304548 136.3399952 0 36.3303147 136.3400673 0 36.3303498 136.3401717 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303147 136.3400673 8.32 36.3304548 136.3399952 8.32 36.33049 136.3400996 8.32 36.3303498 136.3401717 8.32 36.3303147 136.3400673 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303498 136.3401717 8.32 36.33049 136.3400996 8.32 36.33049 136.3400996 12.32 36.3303498 136.3401717 12.32 36.3303498 136.3401717 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33049 136.3400996 8.32 36.3304548 136.3399952 8.32 36.3304548 136.3399952 12.32 36.33049 136.3400996 12.32 36.33049 136.3400996 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304548 136.3399952 8.32 36.3303147 136.3400673 8.32 36.3303147 136.3400673 12.32 36.3304548 136.3399952 12.32 36.3304548 136.3399952 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303147 136.3400673 8.32 36.3303498 136.3401717 8.32 36.3303498 136.3401717 12.32 36.3303147 136.3400673 12.32 36.3303147 136.3400673 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303498 136.3401717 12.32 36.33049 136.3400996 12.32 36.3304548 136.3399952 12.32 36.3303147 136.3400673 12.32 36.3303498 136.3401717 12.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">156.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">171.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-509</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b7776ccb-3c46-4c6b-8c3f-06e2e701400f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302614 136.3404219 0 36.33015 136.3404793 0 36.3301886 136.3405938 0 36.3303 136.3405365 0 36.3302614 136.3404219 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303 136.3405365 8.42 36.3301886 136.3405938 8.42 36.33015 136.3404793 8.42 36.3302614 136.3404219 8.42 36.3303 136.3405365 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302614 136.3404219 8.42 36.33015 136.3404793 8.42 36.33015 136.3404793 15.55 36.3302614 136.3404219 15.55 36.3302614 136.3404219 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33015 136.3404793 8.42 36.3301886 136.3405938 8.42 36.3301886 136.3405938 15.55 36.33015 136.3404793 15.55 36.33015 136.3404793 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301886 136.3405938 8.42 36.3303 136.3405365 8.42 36.3303 136.3405365 15.55 36.3301886 136.3405938 15.55 36.3301886 136.3405938 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303 136.3405365 8.42 36.3302614 136.3404219 8.42 36.3302614 136.3404219 15.55 36.3303 136.3405365 15.55 36.3303 136.3405365 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302614 136.3404219 15.55 36.33015 136.3404793 15.55 36.3301886 136.3405938 15.55 36.3303 136.3405365 15.55 36.3302614 136.3404219 15.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">289.21</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-510</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_44a777d3-f5c0-481e-9b16-068dc15f6e92">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303052 136.3405519 0 36.3302593 136.3405755 0 36.3302736 136.3406178 0 36.3303195 136.3405942 0 36.3303052 136.3405519 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303195 136.3405942 8.42 36.3302736 136.3406178 8.42 36.3302593 136.3405755 8.42 36.3303052 136.3405519 8.42 36.3303195 136.3405942 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303052 136.3405519 8.42 36.3302593 136.3405755 8.42 36.3302593 136.3405755 10.9 36.3303052 136.3405519 10.9 36.3303052 136.3405519 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302593 136.3405755 8.42 36.3302736 136.3406178 8.42 36.3302736 136.3406178 10.9 36.3302593 136.3405755 10.9 36.3302593 136.3405755 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302736 136.3406178 8.42 36.3303195 136.3405942 8.42 36.3303195 136.3405942 10.9 36.3302736 136.3406178 10.9 36.3302736 136.3406178 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303195 136.3405942 8.42 36.3303052 136.3405519 8.42 36.3303052 136.3405519 10.9 36.3303195 136.3405942 10.9 36.3303195 136.3405942 8.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303052 136.3405519 10.9 36.3302593 136.3405755 10.9 36.3302736 136.3406178 10.9 36.3303195 136.3405942 10.9 36.3303052 136.3405519 10.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">19.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">22.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-511</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b00127a3-0e80-4cb1-8982-fa66a4cb11f7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330376 136.3403643 0 36.3302875 136.3404099 0 36.3303195 136.3405049 0 36.330408 136.3404593 0 36.330376 136.3403643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330408 136.3404593 8.35 36.3303195 136.3405049 8.35 36.3302875 136.3404099 8.35 36.330376 136.3403643 8.35 36.330408 136.3404593 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330376 136.3403643 8.35 36.3302875 136.3404099 8.35 36.3302875 136.3404099 15.4 36.330376 136.3403643 15.4 36.330376 136.3403643 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302875 136.3404099 8.35 36.3303195 136.3405049 8.35 36.3303195 136.3405049 15.4 36.3302875 136.3404099 15.4 36.3302875 136.3404099 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303195 136.3405049 8.35 36.330408 136.3404593 8.35 36.330408 136.3404593 15.4 36.3303195 136.3405049 15.4 36.3303195 136.3405049 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330408 136.3404593 8.35 36.330376 136.3403643 8.35 36.330376 136.3403643 15.4 36.330408 136.3404593 15.4 36.330408 136.3404593 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330376 136.3403643 15.4 36.3302875 136.3404099 15.4 36.3303195 136.3405049 15.4 36.330408 136.3404593 15.4 36.330376 136.3403643 15.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">167.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">98.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-512</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3a861f5e-f7c2-4c0c-a587-c5ece4b0e008">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305042 136.3402811 0 36.3304183 136.3403253 0 36.3304418 136.3403948 0 36.3305276 136.3403506 0 36.3305042 136.3402811 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305276 136.3403506 8.29 36.3304418 136.3403948 8.29 36.3304183 136.3403253 8.29 36.3305042 136.3402811 8.29 36.3305276 136.3403506 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305042 136.3402811 8.29 36.3304183 136.3403253 8.29 36.3304183 136.3403253 12.17 36.3305042 136.3402811 12.17 36.3305042 136.3402811 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304183 136.3403253 8.29 36.3304418 136.3403948 8.29 36.3304418 136.3403948 12.17 36.3304183 136.3403253 12.17 36.3304183 136.3403253 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304418 136.3403948 8.29 36.3305276 136.3403506 8.29 36.3305276 136.3403506 12.17 36.3304418 136.3403948 12.17 36.3304418 136.3403948 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305276 136.3403506 8.29 36.3305042 136.3402811 8.29 36.3305042 136.3402811 12.17 36.3305276 136.3403506 12.17 36.3305276 136.3403506 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305042 136.3402811 12.17 36.3304183 136.3403253 12.17 36.3304418 136.3403948 12.17 36.3305276 136.3403506 12.17 36.3305042 136.3402811 12.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">58.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">69.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-513</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8997d7c5-6691-4d21-a0ee-38e863e1e342">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306362 136.3400148 0 36.3307348 136.339964 0 36.3307091 136.3398877 0 36.3306104 136.3399385 0 36.3306362 136.3400148 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306104 136.3399385 8.18 36.3307091 136.3398877 8.18 36.3307348 136.339964 8.18 36.3306362 136.3400148 8.18 36.3306104 136.3399385 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306362 136.3400148 8.18 36.3307348 136.339964 8.18 36.3307348 136.339964 14.71 36.3306362 136.3400148 14.71 36.3306362 136.3400148 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307348 136.339964 8.18 36.3307091 136.3398877 8.18 36.3307091 136.3398877 14.71 36.3307348 136.339964 14.71 36.3307348 136.339964 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307091 136.3398877 8.18 36.3306104 136.3399385 8.18 36.3306104 136.3399385 14.71 36.3307091 136.3398877 14.71 36.3307091 136.3398877 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306104 136.3399385 8.18 36.3306362 136.3400148 8.18 36.3306362 136.3400148 14.71 36.3306104 136.3399385 14.71 36.3306104 136.3399385 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306362 136.3400148 14.71 36.3307348 136.339964 14.71 36.3307091 136.3398877 14.71 36.3306104 136.3399385 14.71 36.3306362 136.3400148 14.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-514</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d301876e-cde6-4f3a-9f82-eff56aaf2662">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308556 136.3399228 0 36.330822 136.3398233 0 36.3307519 136.3398594 0 36.3307855 136.3399589 0 36.3308556 136.3399228 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307855 136.3399589 8.1 36.3307519 136.3398594 8.1 36.330822 136.3398233 8.1 36.3308556 136.3399228 8.1 36.3307855 136.3399589 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308556 136.3399228 8.1 36.330822 136.3398233 8.1 36.330822 136.3398233 14.51 36.3308556 136.3399228 14.51 36.3308556 136.3399228 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330822 136.3398233 8.1 36.3307519 136.3398594 8.1 36.3307519 136.3398594 14.51 36.330822 136.3398233 14.51 36.330822 136.3398233 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307519 136.3398594 8.1 36.3307855 136.3399589 8.1 36.3307855 136.3399589 14.51 36.3307519 136.3398594 14.51 36.3307519 136.3398594 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307855 136.3399589 8.1 36.3308556 136.3399228 8.1 36.3308556 136.3399228 14.51 36.3307855 136.3399589 14.51 36.3307855 136.3399589 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308556 136.3399228 14.51 36.330822 136.3398233 14.51 36.3307519 136.3398594 14.51 36.3307855 136.3399589 14.51 36.3308556 136.3399228 14.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">158.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-515</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1418ae3d-2ef7-4e3e-9764-b4be2225e402">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330718 136.3397587 0 36.3308225 136.3397049 0 36.3307854 136.339595 0 36.3306809 136.3396488 0 36.330718 136.3397587 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306809 136.3396488 8.09 36.3307854 136.339595 8.09 36.3308225 136.3397049 8.09 36.330718 136.3397587 8.09 36.3306809 136.3396488 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330718 136.3397587 8.09 36.3308225 136.3397049 8.09 36.3308225 136.3397049 15.16 36.330718 136.3397587 15.16 36.330718 136.3397587 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308225 136.3397049 8.09 36.3307854 136.339595 8.09 36.3307854 136.339595 15.16 36.3308225 136.3397049 15.16 36.3308225 136.3397049 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307854 136.339595 8.09 36.3306809 136.3396488 8.09 36.3306809 136.3396488 15.16 36.3307854 136.339595 15.16 36.3307854 136.339595 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306809 136.3396488 8.09 36.330718 136.3397587 8.09 36.330718 136.3397587 15.16 36.3306809 136.3396488 15.16 36.3306809 136.3396488 8.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330718 136.3397587 15.16 36.3308225 136.3397049 15.16 36.3307854 136.339595 15.16 36.3306809 136.3396488 15.16 36.330718 136.3397587 15.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">241.28</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">134.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-516</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6528696a-fafc-442d-9bf2-a77d972d5c21">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309131 136.3398709 0 36.3310212 136.3398152 0 36.3309844 136.339706 0 36.3308763 136.3397617 0 36.3309131 136.3398709 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308763 136.3397617 7.99 36.3309844 136.339706 7.99 36.3310212 136.3398152 7.99 36.3309131 136.3398709 7.99 36.3308763 136.3397617 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309131 136.3398709 7.99 36.3310212 136.3398152 7.99 36.3310212 136.3398152 15.27 36.3309131 136.3398709 15.27 36.3309131 136.3398709 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310212 136.3398152 7.99 36.3309844 136.339706 7.99 36.3309844 136.339706 15.27 36.3310212 136.3398152 15.27 36.3310212 136.3398152 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309844 136.339706 7.99 36.3308763 136.3397617 7.99 36.3308763 136.3397617 15.27 36.3309844 136.339706 15.27 36.3309844 136.339706 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308763 136.3397617 7.99 36.3309131 136.3398709 7.99 36.3309131 136.3398709 15.27 36.3308763 136.3397617 15.27 36.3308763 136.3397617 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309131 136.3398709 15.27 36.3310212 136.3398152 15.27 36.3309844 136.339706 15.27 36.3308763 136.3397617 15.27 36.3309131 136.3398709 15.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">268.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">138.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-517</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1f8b5d2e-4f0d-49f3-b280-7fe8c1f278fb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309252 136.3396531 0 36.3308932 136.339558 0 36.3308203 136.3395955 0 36.3308524 136.3396906 0 36.3309252 136.3396531 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308524 136.3396906 8.02 36.3308203 136.3395955 8.02 36.3308932 136.339558 8.02 36.3309252 136.3396531 8.02 36.3308524 136.3396906 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309252 136.3396531 8.02 36.3308932 136.339558 8.02 36.3308932 136.339558 13.46 36.3309252 136.3396531 13.46 36.3309252 136.3396531 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308932 136.339558 8.02 36.3308203 136.3395955 8.02 36.3308203 136.3395955 13.46 36.3308932 136.339558 13.46 36.3308932 136.339558 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308203 136.3395955 8.02 36.3308524 136.3396906 8.02 36.3308524 136.3396906 13.46 36.3308203 136.3395955 13.46 36.3308203 136.3395955 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308524 136.3396906 8.02 36.3309252 136.3396531 8.02 36.3309252 136.3396531 13.46 36.3308524 136.3396906 13.46 36.3308524 136.3396906 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309252 136.3396531 13.46 36.3308932 136.339558 13.46 36.3308203 136.3395955 13.46 36.3308524 136.3396906 13.46 36.3309252 136.3396531 13.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.14</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-518</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4ad9f89f-da82-4595-a0c2-63c53916bc71">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311877 136.3397146 0 36.3313016 136.339656 0 36.331263 136.3395413 0 36.3311491 136.3396 0 36.3311877 136.3397146 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311491 136.3396 7.79 36.331263 136.3395413 7.79 36.3313016 136.339656 7.79 36.3311877 136.3397146 7.79 36.3311491 136.3396 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311877 136.3397146 7.79 36.3313016 136.339656 7.79 36.3313016 136.339656 14.4 36.3311877 136.3397146 14.4 36.3311877 136.3397146 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313016 136.339656 7.79 36.331263 136.3395413 7.79 36.331263 136.3395413 14.4 36.3313016 136.339656 14.4 36.3313016 136.339656 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331263 136.3395413 7.79 36.3311491 136.3396 7.79 36.3311491 136.3396 14.4 36.331263 136.3395413 14.4 36.331263 136.3395413 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311491 136.3396 7.79 36.3311877 136.3397146 7.79 36.3311877 136.3397146 14.4 36.3311491 136.3396 14.4 36.3311491 136.3396 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311877 136.3397146 14.4 36.3313016 136.339656 14.4 36.331263 136.3395413 14.4 36.3311491 136.3396 14.4 36.3311877 136.3397146 14.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">287.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">152.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-519</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c32b24b0-4759-4f5a-803f-5bfddbdd4a8b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311152 136.3394995 0 36.3311821 136.3394651 0 36.3311599 136.3393992 0 36.331093 136.3394337 0 36.3311152 136.3394995 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331093 136.3394337 7.89 36.3311599 136.3393992 7.89 36.3311821 136.3394651 7.89 36.3311152 136.3394995 7.89 36.331093 136.3394337 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311152 136.3394995 7.89 36.3311821 136.3394651 7.89 36.3311821 136.3394651 13.25 36.3311152 136.3394995 13.25 36.3311152 136.3394995 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311821 136.3394651 7.89 36.3311599 136.3393992 7.89 36.3311599 136.3393992 13.25 36.3311821 136.3394651 13.25 36.3311821 136.3394651 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311599 136.3393992 7.89 36.331093 136.3394337 7.89 36.331093 136.3394337 13.25 36.3311599 136.3393992 13.25 36.3311599 136.3393992 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331093 136.3394337 7.89 36.3311152 136.3394995 7.89 36.3311152 136.3394995 13.25 36.331093 136.3394337 13.25 36.331093 136.3394337 7.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311152 136.3394995 13.25 36.3311821 136.3394651 13.25 36.3311599 136.3393992 13.25 36.331093 136.3394337 13.25 36.3311152 136.3394995 13.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">48.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">51.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-520</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cebe9178-3d0e-482a-862e-fd7477096efd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308324 136.340103 0 36.3307059 136.3401681 0 36.3307422 136.3402757 0 36.3308687 136.3402106 0 36.3308324 136.340103 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308687 136.3402106 8.15 36.3307422 136.3402757 8.15 36.3307059 136.3401681 8.15 36.3308324 136.340103 8.15 36.3308687 136.3402106 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308324 136.340103 8.15 36.3307059 136.3401681 8.15 36.3307059 136.3401681 15.35 36.3308324 136.340103 15.35 36.3308324 136.340103 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307059 136.3401681 8.15 36.3307422 136.3402757 8.15 36.3307422 136.3402757 15.35 36.3307059 136.3401681 15.35 36.3307059 136.3401681 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307422 136.3402757 8.15 36.3308687 136.3402106 8.15 36.3308687 136.3402106 15.35 36.3307422 136.3402757 15.35 36.3307422 136.3402757 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308687 136.3402106 8.15 36.3308324 136.340103 8.15 36.3308324 136.340103 15.35 36.3308687 136.3402106 15.35 36.3308687 136.3402106 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308324 136.340103 15.35 36.3307059 136.3401681 15.35 36.3307422 136.3402757 15.35 36.3308687 136.3402106 15.35 36.3308324 136.340103 15.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">282.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">159.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-521</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d6602cc9-6762-4469-955a-44e48bb73818">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310154 136.3400212 0 36.3309054 136.3400778 0 36.3309317 136.340156 0 36.3310418 136.3400994 0 36.3310154 136.3400212 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310418 136.3400994 8.02 36.3309317 136.340156 8.02 36.3309054 136.3400778 8.02 36.3310154 136.3400212 8.02 36.3310418 136.3400994 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310154 136.3400212 8.02 36.3309054 136.3400778 8.02 36.3309054 136.3400778 12.22 36.3310154 136.3400212 12.22 36.3310154 136.3400212 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309054 136.3400778 8.02 36.3309317 136.340156 8.02 36.3309317 136.340156 12.22 36.3309054 136.3400778 12.22 36.3309054 136.3400778 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309317 136.340156 8.02 36.3310418 136.3400994 8.02 36.3310418 136.3400994 12.22 36.3309317 136.340156 12.22 36.3309317 136.340156 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310418 136.3400994 8.02 36.3310154 136.3400212 8.02 36.3310154 136.3400212 12.22 36.3310418 136.3400994 12.22 36.3310418 136.3400994 8.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310154 136.3400212 12.22 36.3309054 136.3400778 12.22 36.3309317 136.340156 12.22 36.3310418 136.3400994 12.22 36.3310154 136.3400212 12.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">87.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-522</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3f226715-07ff-4d1b-bf8d-3af912d3cc22">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311376 136.3399406 0 36.3310599 136.3399806 0 36.3310918 136.3400751 0 36.3311695 136.3400351 0 36.3311376 136.3399406 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311695 136.3400351 7.91 36.3310918 136.3400751 7.91 36.3310599 136.3399806 7.91 36.3311376 136.3399406 7.91 36.3311695 136.3400351 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311376 136.3399406 7.91 36.3310599 136.3399806 7.91 36.3310599 136.3399806 14.71 36.3311376 136.3399406 14.71 36.3311376 136.3399406 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310599 136.3399806 7.91 36.3310918 136.3400751 7.91 36.3310918 136.3400751 14.71 36.3310599 136.3399806 14.71 36.3310599 136.3399806 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310918 136.3400751 7.91 36.3311695 136.3400351 7.91 36.3311695 136.3400351 14.71 36.3310918 136.3400751 14.71 36.3310918 136.3400751 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311695 136.3400351 7.91 36.3311376 136.3399406 7.91 36.3311376 136.3399406 14.71 36.3311695 136.3400351 14.71 36.3311695 136.3400351 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311376 136.3399406 14.71 36.3310599 136.3399806 14.71 36.3310918 136.3400751 14.71 36.3311695 136.3400351 14.71 36.3311376 136.3399406 14.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-523</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c98b2768-f024-4085-8652-be580d362ce0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312511 136.3400913 0 36.33112 136.3401588 0 36.3311574 136.3402698 0 36.3312885 136.3402023 0 36.3312511 136.3400913 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312885 136.3402023 7.83 36.3311574 136.3402698 7.83 36.33112 136.3401588 7.83 36.3312511 136.3400913 7.83 36.3312885 136.3402023 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312511 136.3400913 7.83 36.33112 136.3401588 7.83 36.33112 136.3401588 14.37 36.3312511 136.3400913 14.37 36.3312511 136.3400913 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33112 136.3401588 7.83 36.3311574 136.3402698 7.83 36.3311574 136.3402698 14.37 36.33112 136.3401588 14.37 36.33112 136.3401588 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311574 136.3402698 7.83 36.3312885 136.3402023 7.83 36.3312885 136.3402023 14.37 36.3311574 136.3402698 14.37 36.3311574 136.3402698 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312885 136.3402023 7.83 36.3312511 136.3400913 7.83 36.3312511 136.3400913 14.37 36.3312885 136.3402023 14.37 36.3312885 136.3402023 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312511 136.3400913 14.37 36.33112 136.3401588 14.37 36.3311574 136.3402698 14.37 36.3312885 136.3402023 14.37 36.3312511 136.3400913 14.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">311.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">170.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-524</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_863320cd-b87b-4645-89e9-ae32f9ed0844">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331301 136.3398598 0 36.3311701 136.3399272 0 36.3312089 136.3400423 0 36.3313398 136.3399749 0 36.331301 136.3398598 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313398 136.3399749 7.77 36.3312089 136.3400423 7.77 36.3311701 136.3399272 7.77 36.331301 136.3398598 7.77 36.3313398 136.3399749 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331301 136.3398598 7.77 36.3311701 136.3399272 7.77 36.3311701 136.3399272 14.57 36.331301 136.3398598 14.57 36.331301 136.3398598 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311701 136.3399272 7.77 36.3312089 136.3400423 7.77 36.3312089 136.3400423 14.57 36.3311701 136.3399272 14.57 36.3311701 136.3399272 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312089 136.3400423 7.77 36.3313398 136.3399749 7.77 36.3313398 136.3399749 14.57 36.3312089 136.3400423 14.57 36.3312089 136.3400423 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313398 136.3399749 7.77 36.331301 136.3398598 7.77 36.331301 136.3398598 14.57 36.3313398 136.3399749 14.57 36.3313398 136.3399749 7.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331301 136.3398598 14.57 36.3311701 136.3399272 14.57 36.3312089 136.3400423 14.57 36.3313398 136.3399749 14.57 36.331301 136.3398598 14.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">301.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">176.12</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-525</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_07532670-12af-4d9c-9fa7-6b07032733e5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315024 136.3395742 0 36.3316407 136.339503 0 36.3316012 136.3393858 0 36.3314629 136.339457 0 36.3315024 136.3395742 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314629 136.339457 7.59 36.3316012 136.3393858 7.59 36.3316407 136.339503 7.59 36.3315024 136.3395742 7.59 36.3314629 136.339457 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315024 136.3395742 7.59 36.3316407 136.339503 7.59 36.3316407 136.339503 14.36 36.3315024 136.3395742 14.36 36.3315024 136.3395742 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316407 136.339503 7.59 36.3316012 136.3393858 7.59 36.3316012 136.3393858 14.36 36.3316407 136.339503 14.36 36.3316407 136.339503 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316012 136.3393858 7.59 36.3314629 136.339457 7.59 36.3314629 136.339457 14.36 36.3316012 136.3393858 14.36 36.3316012 136.3393858 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314629 136.339457 7.59 36.3315024 136.3395742 7.59 36.3315024 136.3395742 14.36 36.3314629 136.339457 14.36 36.3314629 136.339457 7.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315024 136.3395742 14.36 36.3316407 136.339503 14.36 36.3316012 136.3393858 14.36 36.3314629 136.339457 14.36 36.3315024 136.3395742 14.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">362.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">189.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-526</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c7bc6526-a0e3-4915-bc75-66d40dc885b5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317046 136.3394864 0 36.3318207 136.3394266 0 36.3317776 136.3392987 0 36.3316615 136.3393584 0 36.3317046 136.3394864 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316615 136.3393584 7.49 36.3317776 136.3392987 7.49 36.3318207 136.3394266 7.49 36.3317046 136.3394864 7.49 36.3316615 136.3393584 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317046 136.3394864 7.49 36.3318207 136.3394266 7.49 36.3318207 136.3394266 14.42 36.3317046 136.3394864 14.42 36.3317046 136.3394864 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318207 136.3394266 7.49 36.3317776 136.3392987 7.49 36.3317776 136.3392987 14.42 36.3318207 136.3394266 14.42 36.3318207 136.3394266 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317776 136.3392987 7.49 36.3316615 136.3393584 7.49 36.3316615 136.3393584 14.42 36.3317776 136.3392987 14.42 36.3317776 136.3392987 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316615 136.3393584 7.49 36.3317046 136.3394864 7.49 36.3317046 136.3394864 14.42 36.3316615 136.3393584 14.42 36.3316615 136.3393584 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317046 136.3394864 14.42 36.3318207 136.3394266 14.42 36.3317776 136.3392987 14.42 36.3316615 136.3393584 14.42 36.3317046 136.3394864 14.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">322.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">173.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-527</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7006f77a-7c5d-4372-8d56-15d9abbd310e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316381 136.3392891 0 36.3317683 136.3392221 0 36.3317313 136.3391122 0 36.3316011 136.3391792 0 36.3316381 136.3392891 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316011 136.3391792 7.61 36.3317313 136.3391122 7.61 36.3317683 136.3392221 7.61 36.3316381 136.3392891 7.61 36.3316011 136.3391792 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316381 136.3392891 7.61 36.3317683 136.3392221 7.61 36.3317683 136.3392221 14.64 36.3316381 136.3392891 14.64 36.3316381 136.3392891 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317683 136.3392221 7.61 36.3317313 136.3391122 7.61 36.3317313 136.3391122 14.64 36.3317683 136.3392221 14.64 36.3317683 136.3392221 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317313 136.3391122 7.61 36.3316011 136.3391792 7.61 36.3316011 136.3391792 14.64 36.3317313 136.3391122 14.64 36.3317313 136.3391122 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316011 136.3391792 7.61 36.3316381 136.3392891 7.61 36.3316381 136.3392891 14.64 36.3316011 136.3391792 14.64 36.3316011 136.3391792 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316381 136.3392891 14.64 36.3317683 136.3392221 14.64 36.3317313 136.3391122 14.64 36.3316011 136.3391792 14.64 36.3316381 136.3392891 14.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">320.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-528</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4ecb283c-b4a9-40cc-a509-426f8e1d60f1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318815 136.3393645 0 36.3320048 136.339301 0 36.3319693 136.3391956 0 36.3318459 136.339259 0 36.3318815 136.3393645 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318459 136.339259 7.41 36.3319693 136.3391956 7.41 36.3320048 136.339301 7.41 36.3318815 136.3393645 7.41 36.3318459 136.339259 7.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318815 136.3393645 7.41 36.3320048 136.339301 7.41 36.3320048 136.339301 11.75 36.3318815 136.3393645 11.75 36.3318815 136.3393645 7.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320048 136.339301 7.41 36.3319693 136.3391956 7.41 36.3319693 136.3391956 11.75 36.3320048 136.339301 11.75 36.3320048 136.339301 7.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319693 136.3391956 7.41 36.3318459 136.339259 7.41 36.3318459 136.339259 11.75 36.3319693 136.3391956 11.75 36.3319693 136.3391956 7.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318459 136.339259 7.41 36.3318815 136.3393645 7.41 36.3318815 136.3393645 11.75 36.3318459 136.339259 11.75 36.3318459 136.339259 7.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318815 136.3393645 11.75 36.3320048 136.339301 11.75 36.3319693 136.3391956 11.75 36.3318459 136.339259 11.75 36.3318815 136.3393645 11.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">152.05</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-529</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_045578a3-eb27-4a7d-afe4-6410f9b8a201">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318931 136.3391472 0 36.3318594 136.3390475 0 36.3317872 136.3390847 0 36.3318208 136.3391844 0 36.3318931 136.3391472 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318208 136.3391844 7.57 36.3317872 136.3390847 7.57 36.3318594 136.3390475 7.57 36.3318931 136.3391472 7.57 36.3318208 136.3391844 7.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318931 136.3391472 7.57 36.3318594 136.3390475 7.57 36.3318594 136.3390475 12.81 36.3318931 136.3391472 12.81 36.3318931 136.3391472 7.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318594 136.3390475 7.57 36.3317872 136.3390847 7.57 36.3317872 136.3390847 12.81 36.3318594 136.3390475 12.81 36.3318594 136.3390475 7.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317872 136.3390847 7.57 36.3318208 136.3391844 7.57 36.3318208 136.3391844 12.81 36.3317872 136.3390847 12.81 36.3317872 136.3390847 7.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318208 136.3391844 7.57 36.3318931 136.3391472 7.57 36.3318931 136.3391472 12.81 36.3318208 136.3391844 12.81 36.3318208 136.3391844 7.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318931 136.3391472 12.81 36.3318594 136.3390475 12.81 36.3317872 136.3390847 12.81 36.3318208 136.3391844 12.81 36.3318931 136.3391472 12.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-530</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2ae04aab-d1ba-4f8a-88e7-8cf01fcd29bc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320431 136.3392859 0 36.3321591 136.3392261 0 36.3321238 136.3391213 0 36.3320078 136.339181 0 36.3320431 136.3392859 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320078 136.339181 7.35 36.3321238 136.3391213 7.35 36.3321591 136.3392261 7.35 36.3320431 136.3392859 7.35 36.3320078 136.339181 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320431 136.3392859 7.35 36.3321591 136.3392261 7.35 36.3321591 136.3392261 14.12 36.3320431 136.3392859 14.12 36.3320431 136.3392859 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321591 136.3392261 7.35 36.3321238 136.3391213 7.35 36.3321238 136.3391213 14.12 36.3321591 136.3392261 14.12 36.3321591 136.3392261 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321238 136.3391213 7.35 36.3320078 136.339181 7.35 36.3320078 136.339181 14.12 36.3321238 136.3391213 14.12 36.3321238 136.3391213 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320078 136.339181 7.35 36.3320431 136.3392859 7.35 36.3320431 136.3392859 14.12 36.3320078 136.339181 14.12 36.3320078 136.339181 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320431 136.3392859 14.12 36.3321591 136.3392261 14.12 36.3321238 136.3391213 14.12 36.3320078 136.339181 14.12 36.3320431 136.3392859 14.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">259.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">142.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-531</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b5ed192e-4ddc-4c1d-9992-4d8d21b680aa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315971 136.3397254 0 36.3315282 136.3397609 0 36.3315566 136.3398453 0 36.3316256 136.3398097 0 36.3315971 136.3397254 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316256 136.3398097 7.6 36.3315566 136.3398453 7.6 36.3315282 136.3397609 7.6 36.3315971 136.3397254 7.6 36.3316256 136.3398097 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315971 136.3397254 7.6 36.3315282 136.3397609 7.6 36.3315282 136.3397609 11.27 36.3315971 136.3397254 11.27 36.3315971 136.3397254 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315282 136.3397609 7.6 36.3315566 136.3398453 7.6 36.3315566 136.3398453 11.27 36.3315282 136.3397609 11.27 36.3315282 136.3397609 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315566 136.3398453 7.6 36.3316256 136.3398097 7.6 36.3316256 136.3398097 11.27 36.3315566 136.3398453 11.27 36.3315566 136.3398453 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316256 136.3398097 7.6 36.3315971 136.3397254 7.6 36.3315971 136.3397254 11.27 36.3316256 136.3398097 11.27 36.3316256 136.3398097 7.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315971 136.3397254 11.27 36.3315282 136.3397609 11.27 36.3315566 136.3398453 11.27 36.3316256 136.3398097 11.27 36.3315971 136.3397254 11.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">60.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-532</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bc6fd96d-88de-4ed7-8a73-3512b3c15c65">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316972 136.3398757 0 36.3315861 136.3399329 0 36.3316286 136.3400588 0 36.3317397 136.3400017 0 36.3316972 136.3398757 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317397 136.3400017 7.54 36.3316286 136.3400588 7.54 36.3315861 136.3399329 7.54 36.3316972 136.3398757 7.54 36.3317397 136.3400017 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316972 136.3398757 7.54 36.3315861 136.3399329 7.54 36.3315861 136.3399329 14.73 36.3316972 136.3398757 14.73 36.3316972 136.3398757 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315861 136.3399329 7.54 36.3316286 136.3400588 7.54 36.3316286 136.3400588 14.73 36.3315861 136.3399329 14.73 36.3315861 136.3399329 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316286 136.3400588 7.54 36.3317397 136.3400017 7.54 36.3317397 136.3400017 14.73 36.3316286 136.3400588 14.73 36.3316286 136.3400588 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317397 136.3400017 7.54 36.3316972 136.3398757 7.54 36.3316972 136.3398757 14.73 36.3317397 136.3400017 14.73 36.3317397 136.3400017 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316972 136.3398757 14.73 36.3315861 136.3399329 14.73 36.3316286 136.3400588 14.73 36.3317397 136.3400017 14.73 36.3316972 136.3398757 14.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">297.44</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">163.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-533</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d1dd5a84-829f-44e2-a609-775046bf3cb7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317656 136.3396233 0 36.3316611 136.3396771 0 36.3317027 136.3398004 0 36.3318072 136.3397466 0 36.3317656 136.3396233 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318072 136.3397466 7.52 36.3317027 136.3398004 7.52 36.3316611 136.3396771 7.52 36.3317656 136.3396233 7.52 36.3318072 136.3397466 7.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317656 136.3396233 7.52 36.3316611 136.3396771 7.52 36.3316611 136.3396771 14.95 36.3317656 136.3396233 14.95 36.3317656 136.3396233 7.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316611 136.3396771 7.52 36.3317027 136.3398004 7.52 36.3317027 136.3398004 14.95 36.3316611 136.3396771 14.95 36.3316611 136.3396771 7.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317027 136.3398004 7.52 36.3318072 136.3397466 7.52 36.3318072 136.3397466 14.95 36.3317027 136.3398004 14.95 36.3317027 136.3398004 7.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318072 136.3397466 7.52 36.3317656 136.3396233 7.52 36.3317656 136.3396233 14.95 36.3318072 136.3397466 14.95 36.3318072 136.3397466 7.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317656 136.3396233 14.95 36.3316611 136.3396771 14.95 36.3317027 136.3398004 14.95 36.3318072 136.3397466 14.95 36.3317656 136.3396233 14.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">263.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">150.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-534</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6c0332c8-f75e-4b88-88d6-cea9f1f63aa1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318738 136.3398271 0 36.3317356 136.3398982 0 36.3317788 136.3400262 0 36.331917 136.3399551 0 36.3318738 136.3398271 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331917 136.3399551 7.47 36.3317788 136.3400262 7.47 36.3317356 136.3398982 7.47 36.3318738 136.3398271 7.47 36.331917 136.3399551 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318738 136.3398271 7.47 36.3317356 136.3398982 7.47 36.3317356 136.3398982 11.8 36.3318738 136.3398271 11.8 36.3318738 136.3398271 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317356 136.3398982 7.47 36.3317788 136.3400262 7.47 36.3317788 136.3400262 11.8 36.3317356 136.3398982 11.8 36.3317356 136.3398982 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317788 136.3400262 7.47 36.331917 136.3399551 7.47 36.331917 136.3399551 11.8 36.3317788 136.3400262 11.8 36.3317788 136.3400262 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331917 136.3399551 7.47 36.3318738 136.3398271 7.47 36.3318738 136.3398271 11.8 36.331917 136.3399551 11.8 36.331917 136.3399551 7.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318738 136.3398271 11.8 36.3317356 136.3398982 11.8 36.3317788 136.3400262 11.8 36.331917 136.3399551 11.8 36.3318738 136.3398271 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">200.98</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">206.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-535</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_065bcd99-b102-40cb-963b-edc84ea7d41e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319922 136.3395194 0 36.331885 136.3395746 0 36.3319284 136.3397032 0 36.3320356 136.3396481 0 36.3319922 136.3395194 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320356 136.3396481 7.37 36.3319284 136.3397032 7.37 36.331885 136.3395746 7.37 36.3319922 136.3395194 7.37 36.3320356 136.3396481 7.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319922 136.3395194 7.37 36.331885 136.3395746 7.37 36.331885 136.3395746 14.12 36.3319922 136.3395194 14.12 36.3319922 136.3395194 7.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331885 136.3395746 7.37 36.3319284 136.3397032 7.37 36.3319284 136.3397032 14.12 36.331885 136.3395746 14.12 36.331885 136.3395746 7.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319284 136.3397032 7.37 36.3320356 136.3396481 7.37 36.3320356 136.3396481 14.12 36.3319284 136.3397032 14.12 36.3319284 136.3397032 7.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320356 136.3396481 7.37 36.3319922 136.3395194 7.37 36.3319922 136.3395194 14.12 36.3320356 136.3396481 14.12 36.3320356 136.3396481 7.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319922 136.3395194 14.12 36.331885 136.3395746 14.12 36.3319284 136.3397032 14.12 36.3320356 136.3396481 14.12 36.3319922 136.3395194 14.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">283.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">161.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-536</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_516a62d7-fe37-4b0b-9cb9-ed3a681d1466">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320961 136.3397317 0 36.3319614 136.3398011 0 36.3319989 136.3399123 0 36.3321336 136.3398429 0 36.3320961 136.3397317 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321336 136.3398429 7.33 36.3319989 136.3399123 7.33 36.3319614 136.3398011 7.33 36.3320961 136.3397317 7.33 36.3321336 136.3398429 7.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320961 136.3397317 7.33 36.3319614 136.3398011 7.33 36.3319614 136.3398011 14.29 36.3320961 136.3397317 14.29 36.3320961 136.3397317 7.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319614 136.3398011 7.33 36.3319989 136.3399123 7.33 36.3319989 136.3399123 14.29 36.3319614 136.3398011 14.29 36.3319614 136.3398011 7.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319989 136.3399123 7.33 36.3321336 136.3398429 7.33 36.3321336 136.3398429 14.29 36.3319989 136.3399123 14.29 36.3319989 136.3399123 7.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321336 136.3398429 7.33 36.3320961 136.3397317 7.33 36.3320961 136.3397317 14.29 36.3321336 136.3398429 14.29 36.3321336 136.3398429 7.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320961 136.3397317 14.29 36.3319614 136.3398011 14.29 36.3319989 136.3399123 14.29 36.3321336 136.3398429 14.29 36.3320961 136.3397317 14.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">331.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">175.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-537</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_afb488ee-40a1-4d35-8446-b801059ef6d2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320103 136.3396792 0 36.3320244 136.3397208 0 36.3320548 136.3397051 0 36.3320408 136.3396635 0 36.3320103 136.3396792 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320408 136.3396635 7.36 36.3320548 136.3397051 7.36 36.3320244 136.3397208 7.36 36.3320103 136.3396792 7.36 36.3320408 136.3396635 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320103 136.3396792 7.36 36.3320244 136.3397208 7.36 36.3320244 136.3397208 9.87 36.3320103 136.3396792 9.87 36.3320103 136.3396792 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320244 136.3397208 7.36 36.3320548 136.3397051 7.36 36.3320548 136.3397051 9.87 36.3320244 136.3397208 9.87 36.3320244 136.3397208 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320548 136.3397051 7.36 36.3320408 136.3396635 7.36 36.3320408 136.3396635 9.87 36.3320548 136.3397051 9.87 36.3320548 136.3397051 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320408 136.3396635 7.36 36.3320103 136.3396792 7.36 36.3320103 136.3396792 9.87 36.3320408 136.3396635 9.87 36.3320408 136.3396635 7.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320103 136.3396792 9.87 36.3320244 136.3397208 9.87 36.3320548 136.3397051 9.87 36.3320408 136.3396635 9.87 36.3320103 136.3396792 9.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">14.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-538</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1fafc40b-7d1b-4064-b306-0dd644d0239f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321743 136.3394506 0 36.3320533 136.3395129 0 36.3320889 136.3396184 0 36.3322099 136.3395561 0 36.3321743 136.3394506 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322099 136.3395561 7.28 36.3320889 136.3396184 7.28 36.3320533 136.3395129 7.28 36.3321743 136.3394506 7.28 36.3322099 136.3395561 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321743 136.3394506 7.28 36.3320533 136.3395129 7.28 36.3320533 136.3395129 14.33 36.3321743 136.3394506 14.33 36.3321743 136.3394506 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320533 136.3395129 7.28 36.3320889 136.3396184 7.28 36.3320889 136.3396184 14.33 36.3320533 136.3395129 14.33 36.3320533 136.3395129 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320889 136.3396184 7.28 36.3322099 136.3395561 7.28 36.3322099 136.3395561 14.33 36.3320889 136.3396184 14.33 36.3320889 136.3396184 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322099 136.3395561 7.28 36.3321743 136.3394506 7.28 36.3321743 136.3394506 14.33 36.3322099 136.3395561 14.33 36.3322099 136.3395561 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321743 136.3394506 14.33 36.3320533 136.3395129 14.33 36.3320889 136.3396184 14.33 36.3322099 136.3395561 14.33 36.3321743 136.3394506 14.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">286</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-539</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a4fdb9eb-7656-4815-8b45-21dd068906aa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322216 136.3396249 0 36.3321104 136.3396822 0 36.3321443 136.3397827 0 36.3322555 136.3397255 0 36.3322216 136.3396249 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322555 136.3397255 7.23 36.3321443 136.3397827 7.23 36.3321104 136.3396822 7.23 36.3322216 136.3396249 7.23 36.3322555 136.3397255 7.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322216 136.3396249 7.23 36.3321104 136.3396822 7.23 36.3321104 136.3396822 12.6 36.3322216 136.3396249 12.6 36.3322216 136.3396249 7.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321104 136.3396822 7.23 36.3321443 136.3397827 7.23 36.3321443 136.3397827 12.6 36.3321104 136.3396822 12.6 36.3321104 136.3396822 7.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321443 136.3397827 7.23 36.3322555 136.3397255 7.23 36.3322555 136.3397255 12.6 36.3321443 136.3397827 12.6 36.3321443 136.3397827 7.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322555 136.3397255 7.23 36.3322216 136.3396249 7.23 36.3322216 136.3396249 12.6 36.3322555 136.3397255 12.6 36.3322555 136.3397255 7.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322216 136.3396249 12.6 36.3321104 136.3396822 12.6 36.3321443 136.3397827 12.6 36.3322555 136.3397255 12.6 36.3322216 136.3396249 12.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">111.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-540</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d326f52c-0c43-4922-918b-180862953512">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251669 136.3486413 0 36.3251347 136.3485458 0 36.3250657 136.3485813 0 36.3250979 136.3486768 0 36.3251669 136.3486413 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250979 136.3486768 8.59 36.3250657 136.3485813 8.59 36.3251347 136.3485458 8.59 36.3251669 136.3486413 8.59 36.3250979 136.3486768 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251669 136.3486413 8.59 36.3251347 136.3485458 8.59 36.3251347 136.3485458 14.26 36.3251669 136.3486413 14.26 36.3251669 136.3486413 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251347 136.3485458 8.59 36.3250657 136.3485813 8.59 36.3250657 136.3485813 14.26 36.3251347 136.3485458 14.26 36.3251347 136.3485458 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250657 136.3485813 8.59 36.3250979 136.3486768 8.59 36.3250979 136.3486768 14.26 36.3250657 136.3485813 14.26 36.3250657 136.3485813 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250979 136.3486768 8.59 36.3251669 136.3486413 8.59 36.3251669 136.3486413 14.26 36.3250979 136.3486768 14.26 36.3250979 136.3486768 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251669 136.3486413 14.26 36.3251347 136.3485458 14.26 36.3250657 136.3485813 14.26 36.3250979 136.3486768 14.26 36.3251669 136.3486413 14.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">130.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-577</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c2a5b0d2-f5f7-4af3-bf67-1444af6285dc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250391 136.3485024 0 36.3251316 136.3484548 0 36.3251054 136.3483772 0 36.325013 136.3484248 0 36.3250391 136.3485024 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325013 136.3484248 8.57 36.3251054 136.3483772 8.57 36.3251316 136.3484548 8.57 36.3250391 136.3485024 8.57 36.325013 136.3484248 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250391 136.3485024 8.57 36.3251316 136.3484548 8.57 36.3251316 136.3484548 14.77 36.3250391 136.3485024 14.77 36.3250391 136.3485024 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251316 136.3484548 8.57 36.3251054 136.3483772 8.57 36.3251054 136.3483772 14.77 36.3251316 136.3484548 14.77 36.3251316 136.3484548 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251054 136.3483772 8.57 36.325013 136.3484248 8.57 36.325013 136.3484248 14.77 36.3251054 136.3483772 14.77 36.3251054 136.3483772 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325013 136.3484248 8.57 36.3250391 136.3485024 8.57 36.3250391 136.3485024 14.77 36.325013 136.3484248 14.77 36.325013 136.3484248 8.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250391 136.3485024 14.77 36.3251316 136.3484548 14.77 36.3251054 136.3483772 14.77 36.325013 136.3484248 14.77 36.3250391 136.3485024 14.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">150.32</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-578</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b53d14bf-82eb-4f9b-929d-3aa9ca14756d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251935 136.3485972 0 36.3252744 136.3485555 0 36.3252475 136.3484759 0 36.3251667 136.3485175 0 36.3251935 136.3485972 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251667 136.3485175 8.59 36.3252475 136.3484759 8.59 36.3252744 136.3485555 8.59 36.3251935 136.3485972 8.59 36.3251667 136.3485175 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251935 136.3485972 8.59 36.3252744 136.3485555 8.59 36.3252744 136.3485555 15.27 36.3251935 136.3485972 15.27 36.3251935 136.3485972 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252744 136.3485555 8.59 36.3252475 136.3484759 8.59 36.3252475 136.3484759 15.27 36.3252744 136.3485555 15.27 36.3252744 136.3485555 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252475 136.3484759 8.59 36.3251667 136.3485175 8.59 36.3251667 136.3485175 15.27 36.3252475 136.3484759 15.27 36.3252475 136.3484759 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251667 136.3485175 8.59 36.3251935 136.3485972 8.59 36.3251935 136.3485972 15.27 36.3251667 136.3485175 15.27 36.3251667 136.3485175 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251935 136.3485972 15.27 36.3252744 136.3485555 15.27 36.3252475 136.3484759 15.27 36.3251667 136.3485175 15.27 36.3251935 136.3485972 15.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.65</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-579</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0f3c8adc-907b-45ee-b9b0-41d29a3c9a78">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251967 136.348484 0 36.3252423 136.3484605 0 36.3252278 136.3484173 0 36.3251822 136.3484408 0 36.3251967 136.348484 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251822 136.3484408 8.58 36.3252278 136.3484173 8.58 36.3252423 136.3484605 8.58 36.3251967 136.348484 8.58 36.3251822 136.3484408 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251967 136.348484 8.58 36.3252423 136.3484605 8.58 36.3252423 136.3484605 11.45 36.3251967 136.348484 11.45 36.3251967 136.348484 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252423 136.3484605 8.58 36.3252278 136.3484173 8.58 36.3252278 136.3484173 11.45 36.3252423 136.3484605 11.45 36.3252423 136.3484605 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252278 136.3484173 8.58 36.3251822 136.3484408 8.58 36.3251822 136.3484408 11.45 36.3252278 136.3484173 11.45 36.3252278 136.3484173 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251822 136.3484408 8.58 36.3251967 136.348484 8.58 36.3251967 136.348484 11.45 36.3251822 136.3484408 11.45 36.3251822 136.3484408 8.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251967 136.348484 11.45 36.3252423 136.3484605 11.45 36.3252278 136.3484173 11.45 36.3251822 136.3484408 11.45 36.3251967 136.348484 11.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">23.04</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-580</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_14c601b3-07b2-41ed-b17e-4285533fb4bf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253933 136.3485159 0 36.3253591 136.3484145 0 36.3252915 136.3484493 0 36.3253257 136.3485507 0 36.3253933 136.3485159 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253257 136.3485507 8.56 36.3252915 136.3484493 8.56 36.3253591 136.3484145 8.56 36.3253933 136.3485159 8.56 36.3253257 136.3485507 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253933 136.3485159 8.56 36.3253591 136.3484145 8.56 36.3253591 136.3484145 15.01 36.3253933 136.3485159 15.01 36.3253933 136.3485159 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253591 136.3484145 8.56 36.3252915 136.3484493 8.56 36.3252915 136.3484493 15.01 36.3253591 136.3484145 15.01 36.3253591 136.3484145 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252915 136.3484493 8.56 36.3253257 136.3485507 8.56 36.3253257 136.3485507 15.01 36.3252915 136.3484493 15.01 36.3252915 136.3484493 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253257 136.3485507 8.56 36.3253933 136.3485159 8.56 36.3253933 136.3485159 15.01 36.3253257 136.3485507 15.01 36.3253257 136.3485507 8.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253933 136.3485159 15.01 36.3253591 136.3484145 15.01 36.3252915 136.3484493 15.01 36.3253257 136.3485507 15.01 36.3253933 136.3485159 15.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-581</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9985cad4-cb1d-4779-8dd5-57e8ee6d4a2e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252649 136.3483703 0 36.3253487 136.3483272 0 36.325318 136.3482363 0 36.3252342 136.3482794 0 36.3252649 136.3483703 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252342 136.3482794 8.55 36.325318 136.3482363 8.55 36.3253487 136.3483272 8.55 36.3252649 136.3483703 8.55 36.3252342 136.3482794 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252649 136.3483703 8.55 36.3253487 136.3483272 8.55 36.3253487 136.3483272 15.66 36.3252649 136.3483703 15.66 36.3252649 136.3483703 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253487 136.3483272 8.55 36.325318 136.3482363 8.55 36.325318 136.3482363 15.66 36.3253487 136.3483272 15.66 36.3253487 136.3483272 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325318 136.3482363 8.55 36.3252342 136.3482794 8.55 36.3252342 136.3482794 15.66 36.325318 136.3482363 15.66 36.325318 136.3482363 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252342 136.3482794 8.55 36.3252649 136.3483703 8.55 36.3252649 136.3483703 15.66 36.3252342 136.3482794 15.66 36.3252342 136.3482794 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252649 136.3483703 15.66 36.3253487 136.3483272 15.66 36.325318 136.3482363 15.66 36.3252342 136.3482794 15.66 36.3252649 136.3483703 15.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">168.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-582</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c6a8387c-f369-4097-b62d-6c60179ce66e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325332 136.3487601 0 36.3251111 136.3488739 0 36.3251411 136.348963 0 36.3253621 136.3488492 0 36.325332 136.3487601 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253621 136.3488492 8.59 36.3251411 136.348963 8.59 36.3251111 136.3488739 8.59 36.325332 136.3487601 8.59 36.3253621 136.3488492 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325332 136.3487601 8.59 36.3251111 136.3488739 8.59 36.3251111 136.3488739 14.6 36.325332 136.3487601 14.6 36.325332 136.3487601 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251111 136.3488739 8.59 36.3251411 136.348963 8.59 36.3251411 136.348963 14.6 36.3251111 136.3488739 14.6 36.3251111 136.3488739 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251411 136.348963 8.59 36.3253621 136.3488492 8.59 36.3253621 136.3488492 14.6 36.3251411 136.348963 14.6 36.3251411 136.348963 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253621 136.3488492 8.59 36.325332 136.3487601 8.59 36.325332 136.3487601 14.6 36.3253621 136.3488492 14.6 36.3253621 136.3488492 8.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325332 136.3487601 14.6 36.3251111 136.3488739 14.6 36.3251411 136.348963 14.6 36.3253621 136.3488492 14.6 36.325332 136.3487601 14.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">399.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">230.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-584</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_644793c1-f3ab-42dd-868f-2ef21eca68fb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325247 136.3490243 0 36.3251744 136.3490617 0 36.3252012 136.3491412 0 36.3252738 136.3491038 0 36.325247 136.3490243 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252738 136.3491038 8.61 36.3252012 136.3491412 8.61 36.3251744 136.3490617 8.61 36.325247 136.3490243 8.61 36.3252738 136.3491038 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325247 136.3490243 8.61 36.3251744 136.3490617 8.61 36.3251744 136.3490617 12.73 36.325247 136.3490243 12.73 36.325247 136.3490243 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251744 136.3490617 8.61 36.3252012 136.3491412 8.61 36.3252012 136.3491412 12.73 36.3251744 136.3490617 12.73 36.3251744 136.3490617 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252012 136.3491412 8.61 36.3252738 136.3491038 8.61 36.3252738 136.3491038 12.73 36.3252012 136.3491412 12.73 36.3252012 136.3491412 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252738 136.3491038 8.61 36.325247 136.3490243 8.61 36.325247 136.3490243 12.73 36.3252738 136.3491038 12.73 36.3252738 136.3491038 8.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325247 136.3490243 12.73 36.3251744 136.3490617 12.73 36.3252012 136.3491412 12.73 36.3252738 136.3491038 12.73 36.325247 136.3490243 12.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">56.54</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-585</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3f72e935-ba27-46ad-85b7-9c6012824041">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255407 136.3486419 0 36.3254386 136.3486945 0 36.3254697 136.3487867 0 36.3255718 136.3487342 0 36.3255407 136.3486419 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255718 136.3487342 8.53 36.3254697 136.3487867 8.53 36.3254386 136.3486945 8.53 36.3255407 136.3486419 8.53 36.3255718 136.3487342 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255407 136.3486419 8.53 36.3254386 136.3486945 8.53 36.3254386 136.3486945 15.3 36.3255407 136.3486419 15.3 36.3255407 136.3486419 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254386 136.3486945 8.53 36.3254697 136.3487867 8.53 36.3254697 136.3487867 15.3 36.3254386 136.3486945 15.3 36.3254386 136.3486945 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254697 136.3487867 8.53 36.3255718 136.3487342 8.53 36.3255718 136.3487342 15.3 36.3254697 136.3487867 15.3 36.3254697 136.3487867 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255718 136.3487342 8.53 36.3255407 136.3486419 8.53 36.3255407 136.3486419 15.3 36.3255718 136.3487342 15.3 36.3255718 136.3487342 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255407 136.3486419 15.3 36.3254386 136.3486945 15.3 36.3254697 136.3487867 15.3 36.3255718 136.3487342 15.3 36.3255407 136.3486419 15.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">182.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">110.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-586</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2d9355a4-30c1-4a0c-bb24-46cab979ccf0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259521 136.3484223 0 36.3258483 136.3484758 0 36.3258827 136.3485778 0 36.3259865 136.3485243 0 36.3259521 136.3484223 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259865 136.3485243 8.29 36.3258827 136.3485778 8.29 36.3258483 136.3484758 8.29 36.3259521 136.3484223 8.29 36.3259865 136.3485243 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259521 136.3484223 8.29 36.3258483 136.3484758 8.29 36.3258483 136.3484758 13.88 36.3259521 136.3484223 13.88 36.3259521 136.3484223 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258483 136.3484758 8.29 36.3258827 136.3485778 8.29 36.3258827 136.3485778 13.88 36.3258483 136.3484758 13.88 36.3258483 136.3484758 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258827 136.3485778 8.29 36.3259865 136.3485243 8.29 36.3259865 136.3485243 13.88 36.3258827 136.3485778 13.88 36.3258827 136.3485778 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259865 136.3485243 8.29 36.3259521 136.3484223 8.29 36.3259521 136.3484223 13.88 36.3259865 136.3485243 13.88 36.3259865 136.3485243 8.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259521 136.3484223 13.88 36.3258483 136.3484758 13.88 36.3258827 136.3485778 13.88 36.3259865 136.3485243 13.88 36.3259521 136.3484223 13.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">204.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-587</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0ab7b812-071e-44db-85b3-ef627b46c92e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259727 136.3486001 0 36.3259024 136.3486363 0 36.3259312 136.3487217 0 36.3260015 136.3486854 0 36.3259727 136.3486001 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260015 136.3486854 8.37 36.3259312 136.3487217 8.37 36.3259024 136.3486363 8.37 36.3259727 136.3486001 8.37 36.3260015 136.3486854 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259727 136.3486001 8.37 36.3259024 136.3486363 8.37 36.3259024 136.3486363 15.1 36.3259727 136.3486001 15.1 36.3259727 136.3486001 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259024 136.3486363 8.37 36.3259312 136.3487217 8.37 36.3259312 136.3487217 15.1 36.3259024 136.3486363 15.1 36.3259024 136.3486363 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259312 136.3487217 8.37 36.3260015 136.3486854 8.37 36.3260015 136.3486854 15.1 36.3259312 136.3487217 15.1 36.3259312 136.3487217 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260015 136.3486854 8.37 36.3259727 136.3486001 8.37 36.3259727 136.3486001 15.1 36.3260015 136.3486854 15.1 36.3260015 136.3486854 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259727 136.3486001 15.1 36.3259024 136.3486363 15.1 36.3259312 136.3487217 15.1 36.3260015 136.3486854 15.1 36.3259727 136.3486001 15.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">116.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-588</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2a14ec07-de3e-41c1-9177-f85e4da3b916">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269808 136.3493408 0 36.3270141 136.3494396 0 36.3270661 136.3494129 0 36.3270328 136.3493141 0 36.3269808 136.3493408 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270328 136.3493141 8.24 36.3270661 136.3494129 8.24 36.3270141 136.3494396 8.24 36.3269808 136.3493408 8.24 36.3270328 136.3493141 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269808 136.3493408 8.24 36.3270141 136.3494396 8.24 36.3270141 136.3494396 12.88 36.3269808 136.3493408 12.88 36.3269808 136.3493408 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270141 136.3494396 8.24 36.3270661 136.3494129 8.24 36.3270661 136.3494129 12.88 36.3270141 136.3494396 12.88 36.3270141 136.3494396 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270661 136.3494129 8.24 36.3270328 136.3493141 8.24 36.3270328 136.3493141 12.88 36.3270661 136.3494129 12.88 36.3270661 136.3494129 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270328 136.3493141 8.24 36.3269808 136.3493408 8.24 36.3269808 136.3493408 12.88 36.3270328 136.3493141 12.88 36.3270328 136.3493141 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269808 136.3493408 12.88 36.3270141 136.3494396 12.88 36.3270661 136.3494129 12.88 36.3270328 136.3493141 12.88 36.3269808 136.3493408 12.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">54.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">60.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1123</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_741d2cf0-c358-4ffb-b04d-f59730bb2ac8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268971 136.3496821 0 36.3268048 136.3494084 0 36.3267192 136.3494525 0 36.3268115 136.3497262 0 36.3268971 136.3496821 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268115 136.3497262 8.24 36.3267192 136.3494525 8.24 36.3268048 136.3494084 8.24 36.3268971 136.3496821 8.24 36.3268115 136.3497262 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268971 136.3496821 8.24 36.3268048 136.3494084 8.24 36.3268048 136.3494084 15.27 36.3268971 136.3496821 15.27 36.3268971 136.3496821 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268048 136.3494084 8.24 36.3267192 136.3494525 8.24 36.3267192 136.3494525 15.27 36.3268048 136.3494084 15.27 36.3268048 136.3494084 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267192 136.3494525 8.24 36.3268115 136.3497262 8.24 36.3268115 136.3497262 15.27 36.3267192 136.3494525 15.27 36.3267192 136.3494525 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268115 136.3497262 8.24 36.3268971 136.3496821 8.24 36.3268971 136.3496821 15.27 36.3268115 136.3497262 15.27 36.3268115 136.3497262 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268971 136.3496821 15.27 36.3268048 136.3494084 15.27 36.3267192 136.3494525 15.27 36.3268115 136.3497262 15.27 36.3268971 136.3496821 15.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">486.89</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">274.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1124</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_760f360e-918e-4492-929f-f88cf7c0e207">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269966 136.3498611 0 36.3269554 136.3497388 0 36.3268767 136.3497793 0 36.326918 136.3499016 0 36.3269966 136.3498611 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326918 136.3499016 8.24 36.3268767 136.3497793 8.24 36.3269554 136.3497388 8.24 36.3269966 136.3498611 8.24 36.326918 136.3499016 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269966 136.3498611 8.24 36.3269554 136.3497388 8.24 36.3269554 136.3497388 15.06 36.3269966 136.3498611 15.06 36.3269966 136.3498611 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269554 136.3497388 8.24 36.3268767 136.3497793 8.24 36.3268767 136.3497793 15.06 36.3269554 136.3497388 15.06 36.3269554 136.3497388 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3268767 136.3497793 8.24 36.326918 136.3499016 8.24 36.326918 136.3499016 15.06 36.3268767 136.3497793 15.06 36.3268767 136.3497793 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326918 136.3499016 8.24 36.3269966 136.3498611 8.24 36.3269966 136.3498611 15.06 36.326918 136.3499016 15.06 36.326918 136.3499016 8.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3269966 136.3498611 15.06 36.3269554 136.3497388 15.06 36.3268767 136.3497793 15.06 36.326918 136.3499016 15.06 36.3269966 136.3498611 15.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">192.87</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1125</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2fb33022-e72a-421e-b5f3-74067177fadd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320218 136.3387518 0 36.3319822 136.3386343 0 36.3319123 136.3386703 0 36.331952 136.3387878 0 36.3320218 136.3387518 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331952 136.3387878 7.64 36.3319123 136.3386703 7.64 36.3319822 136.3386343 7.64 36.3320218 136.3387518 7.64 36.331952 136.3387878 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320218 136.3387518 7.64 36.3319822 136.3386343 7.64 36.3319822 136.3386343 12.58 36.3320218 136.3387518 12.58 36.3320218 136.3387518 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319822 136.3386343 7.64 36.3319123 136.3386703 7.64 36.3319123 136.3386703 12.58 36.3319822 136.3386343 12.58 36.3319822 136.3386343 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319123 136.3386703 7.64 36.331952 136.3387878 7.64 36.331952 136.3387878 12.58 36.3319123 136.3386703 12.58 36.3319123 136.3386703 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331952 136.3387878 7.64 36.3320218 136.3387518 7.64 36.3320218 136.3387518 12.58 36.331952 136.3387878 12.58 36.331952 136.3387878 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320218 136.3387518 12.58 36.3319822 136.3386343 12.58 36.3319123 136.3386703 12.58 36.331952 136.3387878 12.58 36.3320218 136.3387518 12.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">91.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1126</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6e37df97-c377-46af-a646-29e58ced6b60">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320997 136.3389644 0 36.3320661 136.3388645 0 36.3320117 136.3388924 0 36.3320454 136.3389923 0 36.3320997 136.3389644 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320454 136.3389923 7.49 36.3320117 136.3388924 7.49 36.3320661 136.3388645 7.49 36.3320997 136.3389644 7.49 36.3320454 136.3389923 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320997 136.3389644 7.49 36.3320661 136.3388645 7.49 36.3320661 136.3388645 12.79 36.3320997 136.3389644 12.79 36.3320997 136.3389644 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320661 136.3388645 7.49 36.3320117 136.3388924 7.49 36.3320117 136.3388924 12.79 36.3320661 136.3388645 12.79 36.3320661 136.3388645 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320117 136.3388924 7.49 36.3320454 136.3389923 7.49 36.3320454 136.3389923 12.79 36.3320117 136.3388924 12.79 36.3320117 136.3388924 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320454 136.3389923 7.49 36.3320997 136.3389644 7.49 36.3320997 136.3389644 12.79 36.3320454 136.3389923 12.79 36.3320454 136.3389923 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320997 136.3389644 12.79 36.3320661 136.3388645 12.79 36.3320117 136.3388924 12.79 36.3320454 136.3389923 12.79 36.3320997 136.3389644 12.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">53.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1127</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_852a0e55-ba4b-4277-b280-e18d1e598ecd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323142 136.3395789 0 36.3322731 136.3394572 0 36.3322206 136.3394842 0 36.3322616 136.339606 0 36.3323142 136.3395789 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322616 136.339606 7.22 36.3322206 136.3394842 7.22 36.3322731 136.3394572 7.22 36.3323142 136.3395789 7.22 36.3322616 136.339606 7.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323142 136.3395789 7.22 36.3322731 136.3394572 7.22 36.3322731 136.3394572 12.31 36.3323142 136.3395789 12.31 36.3323142 136.3395789 7.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322731 136.3394572 7.22 36.3322206 136.3394842 7.22 36.3322206 136.3394842 12.31 36.3322731 136.3394572 12.31 36.3322731 136.3394572 7.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322206 136.3394842 7.22 36.3322616 136.339606 7.22 36.3322616 136.339606 12.31 36.3322206 136.3394842 12.31 36.3322206 136.3394842 7.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322616 136.339606 7.22 36.3323142 136.3395789 7.22 36.3323142 136.3395789 12.31 36.3322616 136.339606 12.31 36.3322616 136.339606 7.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323142 136.3395789 12.31 36.3322731 136.3394572 12.31 36.3322206 136.3394842 12.31 36.3322616 136.339606 12.31 36.3323142 136.3395789 12.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">64.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1128</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_82b80057-f054-4208-9793-6865b14e1c0b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324347 136.3399581 0 36.3323668 136.339993 0 36.3323929 136.3400704 0 36.3324608 136.3400355 0 36.3324347 136.3399581 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324608 136.3400355 7.2 36.3323929 136.3400704 7.2 36.3323668 136.339993 7.2 36.3324347 136.3399581 7.2 36.3324608 136.3400355 7.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324347 136.3399581 7.2 36.3323668 136.339993 7.2 36.3323668 136.339993 11.34 36.3324347 136.3399581 11.34 36.3324347 136.3399581 7.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323668 136.339993 7.2 36.3323929 136.3400704 7.2 36.3323929 136.3400704 11.34 36.3323668 136.339993 11.34 36.3323668 136.339993 7.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323929 136.3400704 7.2 36.3324608 136.3400355 7.2 36.3324608 136.3400355 11.34 36.3323929 136.3400704 11.34 36.3323929 136.3400704 7.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324608 136.3400355 7.2 36.3324347 136.3399581 7.2 36.3324347 136.3399581 11.34 36.3324608 136.3400355 11.34 36.3324608 136.3400355 7.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324347 136.3399581 11.34 36.3323668 136.339993 11.34 36.3323929 136.3400704 11.34 36.3324608 136.3400355 11.34 36.3324347 136.3399581 11.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">51.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">61.41</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1129</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2e9af0b5-730b-4caa-8f8e-59c9c9a68328">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324936 136.3401622 0 36.3324146 136.3402029 0 36.3324447 136.3402922 0 36.3325237 136.3402516 0 36.3324936 136.3401622 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325237 136.3402516 7.26 36.3324447 136.3402922 7.26 36.3324146 136.3402029 7.26 36.3324936 136.3401622 7.26 36.3325237 136.3402516 7.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324936 136.3401622 7.26 36.3324146 136.3402029 7.26 36.3324146 136.3402029 11.49 36.3324936 136.3401622 11.49 36.3324936 136.3401622 7.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324146 136.3402029 7.26 36.3324447 136.3402922 7.26 36.3324447 136.3402922 11.49 36.3324146 136.3402029 11.49 36.3324146 136.3402029 7.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324447 136.3402922 7.26 36.3325237 136.3402516 7.26 36.3325237 136.3402516 11.49 36.3324447 136.3402922 11.49 36.3324447 136.3402922 7.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325237 136.3402516 7.26 36.3324936 136.3401622 7.26 36.3324936 136.3401622 11.49 36.3325237 136.3402516 11.49 36.3325237 136.3402516 7.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324936 136.3401622 11.49 36.3324146 136.3402029 11.49 36.3324447 136.3402922 11.49 36.3325237 136.3402516 11.49 36.3324936 136.3401622 11.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1130</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_46820506-293b-419d-ba13-c24f8b665b12">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3326048 136.3404807 0 36.3325476 136.3403111 0 36.3324614 136.3403556 0 36.3325186 136.3405252 0 36.3326048 136.3404807 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325186 136.3405252 7.35 36.3324614 136.3403556 7.35 36.3325476 136.3403111 7.35 36.3326048 136.3404807 7.35 36.3325186 136.3405252 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3326048 136.3404807 7.35 36.3325476 136.3403111 7.35 36.3325476 136.3403111 14.18 36.3326048 136.3404807 14.18 36.3326048 136.3404807 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325476 136.3403111 7.35 36.3324614 136.3403556 7.35 36.3324614 136.3403556 14.18 36.3325476 136.3403111 14.18 36.3325476 136.3403111 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324614 136.3403556 7.35 36.3325186 136.3405252 7.35 36.3325186 136.3405252 14.18 36.3324614 136.3403556 14.18 36.3324614 136.3403556 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325186 136.3405252 7.35 36.3326048 136.3404807 7.35 36.3326048 136.3404807 14.18 36.3325186 136.3405252 14.18 36.3325186 136.3405252 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3326048 136.3404807 14.18 36.3325476 136.3403111 14.18 36.3324614 136.3403556 14.18 36.3325186 136.3405252 14.18 36.3326048 136.3404807 14.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">335.32</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">171.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1131</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d90e87bf-7caa-4b82-8af6-766e115fb96f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329245 136.3415057 0 36.3328927 136.3414114 0 36.3328448 136.3414361 0 36.3328766 136.3415304 0 36.3329245 136.3415057 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328766 136.3415304 7.54 36.3328448 136.3414361 7.54 36.3328927 136.3414114 7.54 36.3329245 136.3415057 7.54 36.3328766 136.3415304 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329245 136.3415057 7.54 36.3328927 136.3414114 7.54 36.3328927 136.3414114 12.4 36.3329245 136.3415057 12.4 36.3329245 136.3415057 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328927 136.3414114 7.54 36.3328448 136.3414361 7.54 36.3328448 136.3414361 12.4 36.3328927 136.3414114 12.4 36.3328927 136.3414114 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328448 136.3414361 7.54 36.3328766 136.3415304 7.54 36.3328766 136.3415304 12.4 36.3328448 136.3414361 12.4 36.3328448 136.3414361 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3328766 136.3415304 7.54 36.3329245 136.3415057 7.54 36.3329245 136.3415057 12.4 36.3328766 136.3415304 12.4 36.3328766 136.3415304 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3329245 136.3415057 12.4 36.3328927 136.3414114 12.4 36.3328448 136.3414361 12.4 36.3328766 136.3415304 12.4 36.3329245 136.3415057 12.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">51.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">52.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1132</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e9b221ef-c344-4bb6-91c5-dce7f20edb99">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325092 136.341585 0 36.3249883 136.3416384 0 36.3250153 136.3417184 0 36.325119 136.3416651 0 36.325092 136.341585 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325119 136.3416651 9.47 36.3250153 136.3417184 9.47 36.3249883 136.3416384 9.47 36.325092 136.341585 9.47 36.325119 136.3416651 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325092 136.341585 9.47 36.3249883 136.3416384 9.47 36.3249883 136.3416384 15.82 36.325092 136.341585 15.82 36.325092 136.341585 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249883 136.3416384 9.47 36.3250153 136.3417184 9.47 36.3250153 136.3417184 15.82 36.3249883 136.3416384 15.82 36.3249883 136.3416384 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250153 136.3417184 9.47 36.325119 136.3416651 9.47 36.325119 136.3416651 15.82 36.3250153 136.3417184 15.82 36.3250153 136.3417184 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325119 136.3416651 9.47 36.325092 136.341585 9.47 36.325092 136.341585 15.82 36.325119 136.3416651 15.82 36.325119 136.3416651 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325092 136.341585 15.82 36.3249883 136.3416384 15.82 36.3250153 136.3417184 15.82 36.325119 136.3416651 15.82 36.325092 136.341585 15.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">170.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1540</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d550c589-c236-4878-9194-bbda11677e28">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307308 136.3414491 0 36.3308362 136.3413949 0 36.3307953 136.3412737 0 36.33069 136.341328 0 36.3307308 136.3414491 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33069 136.341328 8.26 36.3307953 136.3412737 8.26 36.3308362 136.3413949 8.26 36.3307308 136.3414491 8.26 36.33069 136.341328 8.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307308 136.3414491 8.26 36.3308362 136.3413949 8.26 36.3308362 136.3413949 15.49 36.3307308 136.3414491 15.49 36.3307308 136.3414491 8.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308362 136.3413949 8.26 36.3307953 136.3412737 8.26 36.3307953 136.3412737 15.49 36.3308362 136.3413949 15.49 36.3308362 136.3413949 8.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307953 136.3412737 8.26 36.33069 136.341328 8.26 36.33069 136.341328 15.49 36.3307953 136.3412737 15.49 36.3307953 136.3412737 8.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.33069 136.341328 8.26 36.3307308 136.3414491 8.26 36.3307308 136.3414491 15.49 36.33069 136.341328 15.49 36.33069 136.341328 8.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307308 136.3414491 15.49 36.3308362 136.3413949 15.49 36.3307953 136.3412737 15.49 36.33069 136.341328 15.49 36.3307308 136.3414491 15.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">251.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.24</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1575</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0b807c2e-97b2-4f5b-bb4c-2ee9095e1503">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308676 136.3413058 0 36.3309437 136.3412666 0 36.3309143 136.3411792 0 36.3308381 136.3412184 0 36.3308676 136.3413058 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308381 136.3412184 8.18 36.3309143 136.3411792 8.18 36.3309437 136.3412666 8.18 36.3308676 136.3413058 8.18 36.3308381 136.3412184 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308676 136.3413058 8.18 36.3309437 136.3412666 8.18 36.3309437 136.3412666 12.3 36.3308676 136.3413058 12.3 36.3308676 136.3413058 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309437 136.3412666 8.18 36.3309143 136.3411792 8.18 36.3309143 136.3411792 12.3 36.3309437 136.3412666 12.3 36.3309437 136.3412666 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309143 136.3411792 8.18 36.3308381 136.3412184 8.18 36.3308381 136.3412184 12.3 36.3309143 136.3411792 12.3 36.3309143 136.3411792 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308381 136.3412184 8.18 36.3308676 136.3413058 8.18 36.3308676 136.3413058 12.3 36.3308381 136.3412184 12.3 36.3308381 136.3412184 8.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308676 136.3413058 12.3 36.3309437 136.3412666 12.3 36.3309143 136.3411792 12.3 36.3308381 136.3412184 12.3 36.3308676 136.3413058 12.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1576</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a81a1119-d4f1-4367-beb3-e7a13277e628">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309743 136.3415181 0 36.3308598 136.341577 0 36.3308918 136.3416719 0 36.3310063 136.341613 0 36.3309743 136.3415181 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310063 136.341613 8.14 36.3308918 136.3416719 8.14 36.3308598 136.341577 8.14 36.3309743 136.3415181 8.14 36.3310063 136.341613 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309743 136.3415181 8.14 36.3308598 136.341577 8.14 36.3308598 136.341577 13.69 36.3309743 136.3415181 13.69 36.3309743 136.3415181 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308598 136.341577 8.14 36.3308918 136.3416719 8.14 36.3308918 136.3416719 13.69 36.3308598 136.341577 13.69 36.3308598 136.341577 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308918 136.3416719 8.14 36.3310063 136.341613 8.14 36.3310063 136.341613 13.69 36.3308918 136.3416719 13.69 36.3308918 136.3416719 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310063 136.341613 8.14 36.3309743 136.3415181 8.14 36.3309743 136.3415181 13.69 36.3310063 136.341613 13.69 36.3310063 136.341613 8.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309743 136.3415181 13.69 36.3308598 136.341577 13.69 36.3308918 136.3416719 13.69 36.3310063 136.341613 13.69 36.3309743 136.3415181 13.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">122.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">127.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1577</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_aaad5fe9-7bc2-4f57-a898-68caccea21a0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310506 136.3412562 0 36.3311496 136.3412052 0 36.3311203 136.3411181 0 36.3310213 136.3411691 0 36.3310506 136.3412562 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310213 136.3411691 8.04 36.3311203 136.3411181 8.04 36.3311496 136.3412052 8.04 36.3310506 136.3412562 8.04 36.3310213 136.3411691 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310506 136.3412562 8.04 36.3311496 136.3412052 8.04 36.3311496 136.3412052 14.78 36.3310506 136.3412562 14.78 36.3310506 136.3412562 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311496 136.3412052 8.04 36.3311203 136.3411181 8.04 36.3311203 136.3411181 14.78 36.3311496 136.3412052 14.78 36.3311496 136.3412052 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311203 136.3411181 8.04 36.3310213 136.3411691 8.04 36.3310213 136.3411691 14.78 36.3311203 136.3411181 14.78 36.3311203 136.3411181 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310213 136.3411691 8.04 36.3310506 136.3412562 8.04 36.3310506 136.3412562 14.78 36.3310213 136.3411691 14.78 36.3310213 136.3411691 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310506 136.3412562 14.78 36.3311496 136.3412052 14.78 36.3311203 136.3411181 14.78 36.3310213 136.3411691 14.78 36.3310506 136.3412562 14.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">191.15</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1578</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_988be76c-b052-4646-b789-4d33b67ec0fe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312039 136.3411701 0 36.3313083 136.3411163 0 36.3312719 136.3410084 0 36.3311675 136.3410621 0 36.3312039 136.3411701 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311675 136.3410621 7.93 36.3312719 136.3410084 7.93 36.3313083 136.3411163 7.93 36.3312039 136.3411701 7.93 36.3311675 136.3410621 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312039 136.3411701 7.93 36.3313083 136.3411163 7.93 36.3313083 136.3411163 11.87 36.3312039 136.3411701 11.87 36.3312039 136.3411701 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313083 136.3411163 7.93 36.3312719 136.3410084 7.93 36.3312719 136.3410084 11.87 36.3313083 136.3411163 11.87 36.3313083 136.3411163 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312719 136.3410084 7.93 36.3311675 136.3410621 7.93 36.3311675 136.3410621 11.87 36.3312719 136.3410084 11.87 36.3312719 136.3410084 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311675 136.3410621 7.93 36.3312039 136.3411701 7.93 36.3312039 136.3411701 11.87 36.3311675 136.3410621 11.87 36.3311675 136.3410621 7.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312039 136.3411701 11.87 36.3313083 136.3411163 11.87 36.3312719 136.3410084 11.87 36.3311675 136.3410621 11.87 36.3312039 136.3411701 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">111.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">131.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1579</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_13b2728c-0633-4446-b71c-37173f41f0ef">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313532 136.3411017 0 36.3314643 136.3410444 0 36.3314208 136.3409153 0 36.3313096 136.3409725 0 36.3313532 136.3411017 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313096 136.3409725 7.8 36.3314208 136.3409153 7.8 36.3314643 136.3410444 7.8 36.3313532 136.3411017 7.8 36.3313096 136.3409725 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313532 136.3411017 7.8 36.3314643 136.3410444 7.8 36.3314643 136.3410444 14.86 36.3313532 136.3411017 14.86 36.3313532 136.3411017 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314643 136.3410444 7.8 36.3314208 136.3409153 7.8 36.3314208 136.3409153 14.86 36.3314643 136.3410444 14.86 36.3314643 136.3410444 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314208 136.3409153 7.8 36.3313096 136.3409725 7.8 36.3313096 136.3409725 14.86 36.3314208 136.3409153 14.86 36.3314208 136.3409153 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313096 136.3409725 7.8 36.3313532 136.3411017 7.8 36.3313532 136.3411017 14.86 36.3313096 136.3409725 14.86 36.3313096 136.3409725 7.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313532 136.3411017 14.86 36.3314643 136.3410444 14.86 36.3314208 136.3409153 14.86 36.3313096 136.3409725 14.86 36.3313532 136.3411017 14.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">332.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1580</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a94e49b0-4229-4101-8a9e-c7b198f4495a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312752 136.3408705 0 36.3314164 136.3407978 0 36.3313784 136.3406853 0 36.3312373 136.340758 0 36.3312752 136.3408705 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312373 136.340758 7.86 36.3313784 136.3406853 7.86 36.3314164 136.3407978 7.86 36.3312752 136.3408705 7.86 36.3312373 136.340758 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312752 136.3408705 7.86 36.3314164 136.3407978 7.86 36.3314164 136.3407978 14.9 36.3312752 136.3408705 14.9 36.3312752 136.3408705 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314164 136.3407978 7.86 36.3313784 136.3406853 7.86 36.3313784 136.3406853 14.9 36.3314164 136.3407978 14.9 36.3314164 136.3407978 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313784 136.3406853 7.86 36.3312373 136.340758 7.86 36.3312373 136.340758 14.9 36.3313784 136.3406853 14.9 36.3313784 136.3406853 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312373 136.340758 7.86 36.3312752 136.3408705 7.86 36.3312752 136.3408705 14.9 36.3312373 136.340758 14.9 36.3312373 136.340758 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312752 136.3408705 14.9 36.3314164 136.3407978 14.9 36.3313784 136.3406853 14.9 36.3312373 136.340758 14.9 36.3312752 136.3408705 14.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">354.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">185.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1581</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_30ed487e-156a-4e0d-97fc-14a0caea52ba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315308 136.3410365 0 36.3316142 136.3409935 0 36.3315852 136.3409073 0 36.3315017 136.3409503 0 36.3315308 136.3410365 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315017 136.3409503 7.74 36.3315852 136.3409073 7.74 36.3316142 136.3409935 7.74 36.3315308 136.3410365 7.74 36.3315017 136.3409503 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315308 136.3410365 7.74 36.3316142 136.3409935 7.74 36.3316142 136.3409935 11.66 36.3315308 136.3410365 11.66 36.3315308 136.3410365 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316142 136.3409935 7.74 36.3315852 136.3409073 7.74 36.3315852 136.3409073 11.66 36.3316142 136.3409935 11.66 36.3316142 136.3409935 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315852 136.3409073 7.74 36.3315017 136.3409503 7.74 36.3315017 136.3409503 11.66 36.3315852 136.3409073 11.66 36.3315852 136.3409073 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315017 136.3409503 7.74 36.3315308 136.3410365 7.74 36.3315308 136.3410365 11.66 36.3315017 136.3409503 11.66 36.3315017 136.3409503 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315308 136.3410365 11.66 36.3316142 136.3409935 11.66 36.3315852 136.3409073 11.66 36.3315017 136.3409503 11.66 36.3315308 136.3410365 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1582</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_101099ed-eb65-4b1f-9812-4da360111350">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314732 136.3408658 0 36.3316052 136.3407979 0 36.3315726 136.3407013 0 36.3314407 136.3407693 0 36.3314732 136.3408658 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314407 136.3407693 7.75 36.3315726 136.3407013 7.75 36.3316052 136.3407979 7.75 36.3314732 136.3408658 7.75 36.3314407 136.3407693 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314732 136.3408658 7.75 36.3316052 136.3407979 7.75 36.3316052 136.3407979 12.79 36.3314732 136.3408658 12.79 36.3314732 136.3408658 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316052 136.3407979 7.75 36.3315726 136.3407013 7.75 36.3315726 136.3407013 12.79 36.3316052 136.3407979 12.79 36.3316052 136.3407979 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315726 136.3407013 7.75 36.3314407 136.3407693 7.75 36.3314407 136.3407693 12.79 36.3315726 136.3407013 12.79 36.3315726 136.3407013 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314407 136.3407693 7.75 36.3314732 136.3408658 7.75 36.3314732 136.3408658 12.79 36.3314407 136.3407693 12.79 36.3314407 136.3407693 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314732 136.3408658 12.79 36.3316052 136.3407979 12.79 36.3315726 136.3407013 12.79 36.3314407 136.3407693 12.79 36.3314732 136.3408658 12.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">135.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1583</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2b4e81b5-2bc0-4786-91fd-b0ffc3bc584e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1973</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316707 136.3409506 0 36.3317647 136.3409022 0 36.3317322 136.3408059 0 36.3316382 136.3408543 0 36.3316707 136.3409506 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316382 136.3408543 7.7 36.3317322 136.3408059 7.7 36.3317647 136.3409022 7.7 36.3316707 136.3409506 7.7 36.3316382 136.3408543 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316707 136.3409506 7.7 36.3317647 136.3409022 7.7 36.3317647 136.3409022 12.97 36.3316707 136.3409506 12.97 36.3316707 136.3409506 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317647 136.3409022 7.7 36.3317322 136.3408059 7.7 36.3317322 136.3408059 12.97 36.3317647 136.3409022 12.97 36.3317647 136.3409022 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317322 136.3408059 7.7 36.3316382 136.3408543 7.7 36.3316382 136.3408543 12.97 36.3317322 136.3408059 12.97 36.3317322 136.3408059 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316382 136.3408543 7.7 36.3316707 136.3409506 7.7 36.3316707 136.3409506 12.97 36.3316382 136.3408543 12.97 36.3316382 136.3408543 7.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316707 136.3409506 12.97 36.3317647 136.3409022 12.97 36.3317322 136.3408059 12.97 36.3316382 136.3408543 12.97 36.3316707 136.3409506 12.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">92.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1584</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e223411f-6bdb-4b86-b0fe-53497f2adff3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311807 136.3413665 0 36.3311111 136.3414023 0 36.3311351 136.3414734 0 36.3312047 136.3414376 0 36.3311807 136.3413665 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312047 136.3414376 8.01 36.3311351 136.3414734 8.01 36.3311111 136.3414023 8.01 36.3311807 136.3413665 8.01 36.3312047 136.3414376 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311807 136.3413665 8.01 36.3311111 136.3414023 8.01 36.3311111 136.3414023 12.24 36.3311807 136.3413665 12.24 36.3311807 136.3413665 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311111 136.3414023 8.01 36.3311351 136.3414734 8.01 36.3311351 136.3414734 12.24 36.3311111 136.3414023 12.24 36.3311111 136.3414023 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311351 136.3414734 8.01 36.3312047 136.3414376 8.01 36.3312047 136.3414376 12.24 36.3311351 136.3414734 12.24 36.3311351 136.3414734 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312047 136.3414376 8.01 36.3311807 136.3413665 8.01 36.3311807 136.3413665 12.24 36.3312047 136.3414376 12.24 36.3312047 136.3414376 8.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311807 136.3413665 12.24 36.3311111 136.3414023 12.24 36.3311351 136.3414734 12.24 36.3312047 136.3414376 12.24 36.3311807 136.3413665 12.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">55.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">57.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1585</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ffad326d-a393-4aa7-aaff-121605eba37b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>9999</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313598 136.3412563 0 36.3312453 136.3413153 0 36.3312878 136.3414414 0 36.3314023 136.3413824 0 36.3313598 136.3412563 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314023 136.3413824 7.9 36.3312878 136.3414414 7.9 36.3312453 136.3413153 7.9 36.3313598 136.3412563 7.9 36.3314023 136.3413824 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313598 136.3412563 7.9 36.3312453 136.3413153 7.9 36.3312453 136.3413153 14.63 36.3313598 136.3412563 14.63 36.3313598 136.3412563 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312453 136.3413153 7.9 36.3312878 136.3414414 7.9 36.3312878 136.3414414 14.63 36.3312453 136.3413153 14.63 36.3312453 136.3413153 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312878 136.3414414 7.9 36.3314023 136.3413824 7.9 36.3314023 136.3413824 14.63 36.3312878 136.3414414 14.63 36.3312878 136.3414414 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314023 136.3413824 7.9 36.3313598 136.3412563 7.9 36.3313598 136.3412563 14.63 36.3314023 136.3413824 14.63 36.3314023 136.3413824 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313598 136.3412563 14.63 36.3312453 136.3413153 14.63 36.3312878 136.3414414 14.63 36.3314023 136.3413824 14.63 36.3313598 136.3412563 14.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">280.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">168.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1586</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ab6e9087-6a6f-4a17-9195-d992e79b4a8e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314103 136.3414481 0 36.3313079 136.3415008 0 36.3313478 136.3416193 0 36.3314502 136.3415666 0 36.3314103 136.3414481 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314502 136.3415666 7.91 36.3313478 136.3416193 7.91 36.3313079 136.3415008 7.91 36.3314103 136.3414481 7.91 36.3314502 136.3415666 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314103 136.3414481 7.91 36.3313079 136.3415008 7.91 36.3313079 136.3415008 14.84 36.3314103 136.3414481 14.84 36.3314103 136.3414481 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313079 136.3415008 7.91 36.3313478 136.3416193 7.91 36.3313478 136.3416193 14.84 36.3313079 136.3415008 14.84 36.3313079 136.3415008 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313478 136.3416193 7.91 36.3314502 136.3415666 7.91 36.3314502 136.3415666 14.84 36.3313478 136.3416193 14.84 36.3313478 136.3416193 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314502 136.3415666 7.91 36.3314103 136.3414481 7.91 36.3314103 136.3414481 14.84 36.3314502 136.3415666 14.84 36.3314502 136.3415666 7.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314103 136.3414481 14.84 36.3313079 136.3415008 14.84 36.3313478 136.3416193 14.84 36.3314502 136.3415666 14.84 36.3314103 136.3414481 14.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">248.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">141.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1587</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_10c34a00-0e83-4be5-b346-e6ec3265f85c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314067 136.3412627 0 36.3314402 136.341362 0 36.3315077 136.3413273 0 36.3314742 136.3412279 0 36.3314067 136.3412627 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314742 136.3412279 7.83 36.3315077 136.3413273 7.83 36.3314402 136.341362 7.83 36.3314067 136.3412627 7.83 36.3314742 136.3412279 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314067 136.3412627 7.83 36.3314402 136.341362 7.83 36.3314402 136.341362 11.9 36.3314067 136.3412627 11.9 36.3314067 136.3412627 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314402 136.341362 7.83 36.3315077 136.3413273 7.83 36.3315077 136.3413273 11.9 36.3314402 136.341362 11.9 36.3314402 136.341362 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315077 136.3413273 7.83 36.3314742 136.3412279 7.83 36.3314742 136.3412279 11.9 36.3315077 136.3413273 11.9 36.3315077 136.3413273 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314742 136.3412279 7.83 36.3314067 136.3412627 7.83 36.3314067 136.3412627 11.9 36.3314742 136.3412279 11.9 36.3314742 136.3412279 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314067 136.3412627 11.9 36.3314402 136.341362 11.9 36.3315077 136.3413273 11.9 36.3314742 136.3412279 11.9 36.3314067 136.3412627 11.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">66.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1588</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_527fb576-0efb-45b3-bcaf-310647f8779b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316896 136.3411608 0 36.3315852 136.3412146 0 36.3316057 136.3412754 0 36.3317101 136.3412217 0 36.3316896 136.3411608 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317101 136.3412217 7.72 36.3316057 136.3412754 7.72 36.3315852 136.3412146 7.72 36.3316896 136.3411608 7.72 36.3317101 136.3412217 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316896 136.3411608 7.72 36.3315852 136.3412146 7.72 36.3315852 136.3412146 11.55 36.3316896 136.3411608 11.55 36.3316896 136.3411608 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315852 136.3412146 7.72 36.3316057 136.3412754 7.72 36.3316057 136.3412754 11.55 36.3315852 136.3412146 11.55 36.3315852 136.3412146 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316057 136.3412754 7.72 36.3317101 136.3412217 7.72 36.3317101 136.3412217 11.55 36.3316057 136.3412754 11.55 36.3316057 136.3412754 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317101 136.3412217 7.72 36.3316896 136.3411608 7.72 36.3316896 136.3411608 11.55 36.3317101 136.3412217 11.55 36.3317101 136.3412217 7.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316896 136.3411608 11.55 36.3315852 136.3412146 11.55 36.3316057 136.3412754 11.55 36.3317101 136.3412217 11.55 36.3316896 136.3411608 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1589</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3f197d4b-69d6-489d-b828-a7e122244ff0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318951 136.340822 0 36.3320208 136.3407573 0 36.331996 136.3406836 0 36.3318703 136.3407483 0 36.3318951 136.340822 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318703 136.3407483 7.55 36.331996 136.3406836 7.55 36.3320208 136.3407573 7.55 36.3318951 136.340822 7.55 36.3318703 136.3407483 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318951 136.340822 7.55 36.3320208 136.3407573 7.55 36.3320208 136.3407573 12.28 36.3318951 136.340822 12.28 36.3318951 136.340822 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320208 136.3407573 7.55 36.331996 136.3406836 7.55 36.331996 136.3406836 12.28 36.3320208 136.3407573 12.28 36.3320208 136.3407573 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331996 136.3406836 7.55 36.3318703 136.3407483 7.55 36.3318703 136.3407483 12.28 36.331996 136.3406836 12.28 36.331996 136.3406836 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318703 136.3407483 7.55 36.3318951 136.340822 7.55 36.3318951 136.340822 12.28 36.3318703 136.3407483 12.28 36.3318703 136.3407483 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318951 136.340822 12.28 36.3320208 136.3407573 12.28 36.331996 136.3406836 12.28 36.3318703 136.3407483 12.28 36.3318951 136.340822 12.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">108.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1590</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_82298047-93a5-4099-8b55-7c386dc1053e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320574 136.3407319 0 36.3321393 136.3406897 0 36.3321127 136.340611 0 36.3320308 136.3406532 0 36.3320574 136.3407319 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320308 136.3406532 7.5 36.3321127 136.340611 7.5 36.3321393 136.3406897 7.5 36.3320574 136.3407319 7.5 36.3320308 136.3406532 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320574 136.3407319 7.5 36.3321393 136.3406897 7.5 36.3321393 136.3406897 14.2 36.3320574 136.3407319 14.2 36.3320574 136.3407319 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321393 136.3406897 7.5 36.3321127 136.340611 7.5 36.3321127 136.340611 14.2 36.3321393 136.3406897 14.2 36.3321393 136.3406897 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321127 136.340611 7.5 36.3320308 136.3406532 7.5 36.3320308 136.3406532 14.2 36.3321127 136.340611 14.2 36.3321127 136.340611 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320308 136.3406532 7.5 36.3320574 136.3407319 7.5 36.3320574 136.3407319 14.2 36.3320308 136.3406532 14.2 36.3320308 136.3406532 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320574 136.3407319 14.2 36.3321393 136.3406897 14.2 36.3321127 136.340611 14.2 36.3320308 136.3406532 14.2 36.3320574 136.3407319 14.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1591</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6fc93912-dd99-4e34-9f57-c43c5c0f2c8c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320702 136.3406148 0 36.3321075 136.3405956 0 36.3320929 136.3405521 0 36.3320556 136.3405713 0 36.3320702 136.3406148 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320556 136.3405713 7.49 36.3320929 136.3405521 7.49 36.3321075 136.3405956 7.49 36.3320702 136.3406148 7.49 36.3320556 136.3405713 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320702 136.3406148 7.49 36.3321075 136.3405956 7.49 36.3321075 136.3405956 10.35 36.3320702 136.3406148 10.35 36.3320702 136.3406148 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321075 136.3405956 7.49 36.3320929 136.3405521 7.49 36.3320929 136.3405521 10.35 36.3321075 136.3405956 10.35 36.3321075 136.3405956 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320929 136.3405521 7.49 36.3320556 136.3405713 7.49 36.3320556 136.3405713 10.35 36.3320929 136.3405521 10.35 36.3320929 136.3405521 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320556 136.3405713 7.49 36.3320702 136.3406148 7.49 36.3320702 136.3406148 10.35 36.3320556 136.3405713 10.35 36.3320556 136.3405713 7.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320702 136.3406148 10.35 36.3321075 136.3405956 10.35 36.3320929 136.3405521 10.35 36.3320556 136.3405713 10.35 36.3320702 136.3406148 10.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">16.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">18.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1592</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2714d33d-103e-4b00-bcf6-17d25a30a45a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321835 136.3406942 0 36.3322882 136.3406404 0 36.3322666 136.3405764 0 36.332162 136.3406302 0 36.3321835 136.3406942 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332162 136.3406302 7.5 36.3322666 136.3405764 7.5 36.3322882 136.3406404 7.5 36.3321835 136.3406942 7.5 36.332162 136.3406302 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321835 136.3406942 7.5 36.3322882 136.3406404 7.5 36.3322882 136.3406404 11.87 36.3321835 136.3406942 11.87 36.3321835 136.3406942 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322882 136.3406404 7.5 36.3322666 136.3405764 7.5 36.3322666 136.3405764 11.87 36.3322882 136.3406404 11.87 36.3322882 136.3406404 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322666 136.3405764 7.5 36.332162 136.3406302 7.5 36.332162 136.3406302 11.87 36.3322666 136.3405764 11.87 36.3322666 136.3405764 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.332162 136.3406302 7.5 36.3321835 136.3406942 7.5 36.3321835 136.3406942 11.87 36.332162 136.3406302 11.87 36.332162 136.3406302 7.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321835 136.3406942 11.87 36.3322882 136.3406404 11.87 36.3322666 136.3405764 11.87 36.332162 136.3406302 11.87 36.3321835 136.3406942 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">65.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1593</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_74548db4-4e89-4190-821d-c1a2627c48a2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320797 136.3409153 0 36.3319577 136.3409781 0 36.3320027 136.3411117 0 36.3321247 136.3410488 0 36.3320797 136.3409153 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321247 136.3410488 7.61 36.3320027 136.3411117 7.61 36.3319577 136.3409781 7.61 36.3320797 136.3409153 7.61 36.3321247 136.3410488 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320797 136.3409153 7.61 36.3319577 136.3409781 7.61 36.3319577 136.3409781 14.43 36.3320797 136.3409153 14.43 36.3320797 136.3409153 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319577 136.3409781 7.61 36.3320027 136.3411117 7.61 36.3320027 136.3411117 14.43 36.3319577 136.3409781 14.43 36.3319577 136.3409781 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320027 136.3411117 7.61 36.3321247 136.3410488 7.61 36.3321247 136.3410488 14.43 36.3320027 136.3411117 14.43 36.3320027 136.3411117 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321247 136.3410488 7.61 36.3320797 136.3409153 7.61 36.3320797 136.3409153 14.43 36.3321247 136.3410488 14.43 36.3321247 136.3410488 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320797 136.3409153 14.43 36.3319577 136.3409781 14.43 36.3320027 136.3411117 14.43 36.3321247 136.3410488 14.43 36.3320797 136.3409153 14.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">369.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">190.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1594</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bde00020-2791-49a8-a04c-82bb2f4a8509">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321299 136.3410643 0 36.3320861 136.3410868 0 36.3320996 136.341127 0 36.3321435 136.3411045 0 36.3321299 136.3410643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321435 136.3411045 7.63 36.3320996 136.341127 7.63 36.3320861 136.3410868 7.63 36.3321299 136.3410643 7.63 36.3321435 136.3411045 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321299 136.3410643 7.63 36.3320861 136.3410868 7.63 36.3320861 136.3410868 10.41 36.3321299 136.3410643 10.41 36.3321299 136.3410643 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320861 136.3410868 7.63 36.3320996 136.341127 7.63 36.3320996 136.341127 10.41 36.3320861 136.3410868 10.41 36.3320861 136.3410868 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320996 136.341127 7.63 36.3321435 136.3411045 7.63 36.3321435 136.3411045 10.41 36.3320996 136.341127 10.41 36.3320996 136.341127 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321435 136.3411045 7.63 36.3321299 136.3410643 7.63 36.3321299 136.3410643 10.41 36.3321435 136.3411045 10.41 36.3321435 136.3411045 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321299 136.3410643 10.41 36.3320861 136.3410868 10.41 36.3320996 136.341127 10.41 36.3321435 136.3411045 10.41 36.3321299 136.3410643 10.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">17.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">20.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1595</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_49d3447f-58d3-4624-b9c5-d8cb7617d026">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322401 136.3408164 0 36.3321152 136.3408807 0 36.3321592 136.3410112 0 36.3322841 136.3409469 0 36.3322401 136.3408164 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322841 136.3409469 7.55 36.3321592 136.3410112 7.55 36.3321152 136.3408807 7.55 36.3322401 136.3408164 7.55 36.3322841 136.3409469 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322401 136.3408164 7.55 36.3321152 136.3408807 7.55 36.3321152 136.3408807 14.7 36.3322401 136.3408164 14.7 36.3322401 136.3408164 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321152 136.3408807 7.55 36.3321592 136.3410112 7.55 36.3321592 136.3410112 14.7 36.3321152 136.3408807 14.7 36.3321152 136.3408807 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321592 136.3410112 7.55 36.3322841 136.3409469 7.55 36.3322841 136.3409469 14.7 36.3321592 136.3410112 14.7 36.3321592 136.3410112 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322841 136.3409469 7.55 36.3322401 136.3408164 7.55 36.3322401 136.3408164 14.7 36.3322841 136.3409469 14.7 36.3322841 136.3409469 7.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3322401 136.3408164 14.7 36.3321152 136.3408807 14.7 36.3321592 136.3410112 14.7 36.3322841 136.3409469 14.7 36.3322401 136.3408164 14.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">345.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">190.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1596</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8034479d-1b92-4808-bcf0-724111c2c195">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324583 136.3406904 0 36.3323693 136.3407362 0 36.3323945 136.3408109 0 36.3324835 136.3407651 0 36.3324583 136.3406904 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324835 136.3407651 7.53 36.3323945 136.3408109 7.53 36.3323693 136.3407362 7.53 36.3324583 136.3406904 7.53 36.3324835 136.3407651 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324583 136.3406904 7.53 36.3323693 136.3407362 7.53 36.3323693 136.3407362 14.26 36.3324583 136.3406904 14.26 36.3324583 136.3406904 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323693 136.3407362 7.53 36.3323945 136.3408109 7.53 36.3323945 136.3408109 14.26 36.3323693 136.3407362 14.26 36.3323693 136.3407362 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3323945 136.3408109 7.53 36.3324835 136.3407651 7.53 36.3324835 136.3407651 14.26 36.3323945 136.3408109 14.26 36.3323945 136.3408109 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324835 136.3407651 7.53 36.3324583 136.3406904 7.53 36.3324583 136.3406904 14.26 36.3324835 136.3407651 14.26 36.3324835 136.3407651 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324583 136.3406904 14.26 36.3323693 136.3407362 14.26 36.3323945 136.3408109 14.26 36.3324835 136.3407651 14.26 36.3324583 136.3406904 14.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">135.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">77.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1597</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e8e5b07f-495b-4efb-ba17-ec90b387b910">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325371 136.3408163 0 36.3324171 136.3408781 0 36.3324563 136.3409943 0 36.3325763 136.3409325 0 36.3325371 136.3408163 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325763 136.3409325 7.58 36.3324563 136.3409943 7.58 36.3324171 136.3408781 7.58 36.3325371 136.3408163 7.58 36.3325763 136.3409325 7.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325371 136.3408163 7.58 36.3324171 136.3408781 7.58 36.3324171 136.3408781 11.6 36.3325371 136.3408163 11.6 36.3325371 136.3408163 7.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324171 136.3408781 7.58 36.3324563 136.3409943 7.58 36.3324563 136.3409943 11.6 36.3324171 136.3408781 11.6 36.3324171 136.3408781 7.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324563 136.3409943 7.58 36.3325763 136.3409325 7.58 36.3325763 136.3409325 11.6 36.3324563 136.3409943 11.6 36.3324563 136.3409943 7.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325763 136.3409325 7.58 36.3325371 136.3408163 7.58 36.3325371 136.3408163 11.6 36.3325763 136.3409325 11.6 36.3325763 136.3409325 7.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325371 136.3408163 11.6 36.3324171 136.3408781 11.6 36.3324563 136.3409943 11.6 36.3325763 136.3409325 11.6 36.3325371 136.3408163 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">163.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1598</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fbbc4ac0-d999-4c2a-bc94-4c1919127b03">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>9999</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252644 136.3500288 0 36.3253422 136.3499887 0 36.325315 136.3499083 0 36.3252373 136.3499483 0 36.3252644 136.3500288 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252373 136.3499483 8.78 36.325315 136.3499083 8.78 36.3253422 136.3499887 8.78 36.3252644 136.3500288 8.78 36.3252373 136.3499483 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252644 136.3500288 8.78 36.3253422 136.3499887 8.78 36.3253422 136.3499887 15.55 36.3252644 136.3500288 15.55 36.3252644 136.3500288 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253422 136.3499887 8.78 36.325315 136.3499083 8.78 36.325315 136.3499083 15.55 36.3253422 136.3499887 15.55 36.3253422 136.3499887 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325315 136.3499083 8.78 36.3252373 136.3499483 8.78 36.3252373 136.3499483 15.55 36.325315 136.3499083 15.55 36.325315 136.3499083 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252373 136.3499483 8.78 36.3252644 136.3500288 8.78 36.3252644 136.3500288 15.55 36.3252373 136.3499483 15.55 36.3252373 136.3499483 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252644 136.3500288 15.55 36.3253422 136.3499887 15.55 36.325315 136.3499083 15.55 36.3252373 136.3499483 15.55 36.3252644 136.3500288 15.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">141.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1713</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7d457b9d-85ef-4d9f-8e1a-1fd015acd4fe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252944 136.3498544 0 36.3252622 136.349759 0 36.3251866 136.3497979 0 36.3252187 136.3498933 0 36.3252944 136.3498544 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252187 136.3498933 8.79 36.3251866 136.3497979 8.79 36.3252622 136.349759 8.79 36.3252944 136.3498544 8.79 36.3252187 136.3498933 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252944 136.3498544 8.79 36.3252622 136.349759 8.79 36.3252622 136.349759 15.63 36.3252944 136.3498544 15.63 36.3252944 136.3498544 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252622 136.349759 8.79 36.3251866 136.3497979 8.79 36.3251866 136.3497979 15.63 36.3252622 136.349759 15.63 36.3252622 136.349759 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251866 136.3497979 8.79 36.3252187 136.3498933 8.79 36.3252187 136.3498933 15.63 36.3251866 136.3497979 15.63 36.3251866 136.3497979 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252187 136.3498933 8.79 36.3252944 136.3498544 8.79 36.3252944 136.3498544 15.63 36.3252187 136.3498933 15.63 36.3252187 136.3498933 8.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252944 136.3498544 15.63 36.3252622 136.349759 15.63 36.3251866 136.3497979 15.63 36.3252187 136.3498933 15.63 36.3252944 136.3498544 15.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">160.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1714</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2dfa9333-df84-41f7-8fdf-823ce09de0b4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253658 136.3499694 0 36.3254509 136.3499256 0 36.3254193 136.3498317 0 36.3253342 136.3498755 0 36.3253658 136.3499694 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253342 136.3498755 8.72 36.3254193 136.3498317 8.72 36.3254509 136.3499256 8.72 36.3253658 136.3499694 8.72 36.3253342 136.3498755 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253658 136.3499694 8.72 36.3254509 136.3499256 8.72 36.3254509 136.3499256 15.2 36.3253658 136.3499694 15.2 36.3253658 136.3499694 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254509 136.3499256 8.72 36.3254193 136.3498317 8.72 36.3254193 136.3498317 15.2 36.3254509 136.3499256 15.2 36.3254509 136.3499256 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254193 136.3498317 8.72 36.3253342 136.3498755 8.72 36.3253342 136.3498755 15.2 36.3254193 136.3498317 15.2 36.3254193 136.3498317 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253342 136.3498755 8.72 36.3253658 136.3499694 8.72 36.3253658 136.3499694 15.2 36.3253342 136.3498755 15.2 36.3253342 136.3498755 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253658 136.3499694 15.2 36.3254509 136.3499256 15.2 36.3254193 136.3498317 15.2 36.3253342 136.3498755 15.2 36.3253658 136.3499694 15.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1715</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_542853c7-30a7-4450-bd0a-05cb0e3ffa4a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253046 136.3497879 0 36.3253989 136.3497394 0 36.3253654 136.3496401 0 36.3252711 136.3496886 0 36.3253046 136.3497879 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252711 136.3496886 8.72 36.3253654 136.3496401 8.72 36.3253989 136.3497394 8.72 36.3253046 136.3497879 8.72 36.3252711 136.3496886 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253046 136.3497879 8.72 36.3253989 136.3497394 8.72 36.3253989 136.3497394 12.78 36.3253046 136.3497879 12.78 36.3253046 136.3497879 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253989 136.3497394 8.72 36.3253654 136.3496401 8.72 36.3253654 136.3496401 12.78 36.3253989 136.3497394 12.78 36.3253989 136.3497394 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253654 136.3496401 8.72 36.3252711 136.3496886 8.72 36.3252711 136.3496886 12.78 36.3253654 136.3496401 12.78 36.3253654 136.3496401 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252711 136.3496886 8.72 36.3253046 136.3497879 8.72 36.3253046 136.3497879 12.78 36.3252711 136.3496886 12.78 36.3252711 136.3496886 8.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253046 136.3497879 12.78 36.3253989 136.3497394 12.78 36.3253654 136.3496401 12.78 36.3252711 136.3496886 12.78 36.3253046 136.3497879 12.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">91.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1716</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a2307ff2-c2d7-41ae-a015-5a7707e92f6b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32587 136.34974 0 36.3259616 136.3496928 0 36.3259276 136.349592 0 36.325836 136.3496392 0 36.32587 136.34974 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325836 136.3496392 8.53 36.3259276 136.349592 8.53 36.3259616 136.3496928 8.53 36.32587 136.34974 8.53 36.325836 136.3496392 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32587 136.34974 8.53 36.3259616 136.3496928 8.53 36.3259616 136.3496928 15.38 36.32587 136.34974 15.38 36.32587 136.34974 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259616 136.3496928 8.53 36.3259276 136.349592 8.53 36.3259276 136.349592 15.38 36.3259616 136.3496928 15.38 36.3259616 136.3496928 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259276 136.349592 8.53 36.325836 136.3496392 8.53 36.325836 136.3496392 15.38 36.3259276 136.349592 15.38 36.3259276 136.349592 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325836 136.3496392 8.53 36.32587 136.34974 8.53 36.32587 136.34974 15.38 36.325836 136.3496392 15.38 36.325836 136.3496392 8.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32587 136.34974 15.38 36.3259616 136.3496928 15.38 36.3259276 136.349592 15.38 36.325836 136.3496392 15.38 36.32587 136.34974 15.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">192.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">108.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1721</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f9c8be25-5b85-4e97-bfb7-fbe50912c9d2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259952 136.3498124 0 36.3259265 136.3498478 0 36.3259548 136.3499318 0 36.3260235 136.3498964 0 36.3259952 136.3498124 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260235 136.3498964 8.48 36.3259548 136.3499318 8.48 36.3259265 136.3498478 8.48 36.3259952 136.3498124 8.48 36.3260235 136.3498964 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259952 136.3498124 8.48 36.3259265 136.3498478 8.48 36.3259265 136.3498478 12.58 36.3259952 136.3498124 12.58 36.3259952 136.3498124 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259265 136.3498478 8.48 36.3259548 136.3499318 8.48 36.3259548 136.3499318 12.58 36.3259265 136.3498478 12.58 36.3259265 136.3498478 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259548 136.3499318 8.48 36.3260235 136.3498964 8.48 36.3260235 136.3498964 12.58 36.3259548 136.3499318 12.58 36.3259548 136.3499318 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260235 136.3498964 8.48 36.3259952 136.3498124 8.48 36.3259952 136.3498124 12.58 36.3260235 136.3498964 12.58 36.3260235 136.3498964 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259952 136.3498124 12.58 36.3259265 136.3498478 12.58 36.3259548 136.3499318 12.58 36.3260235 136.3498964 12.58 36.3259952 136.3498124 12.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">62.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1722</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cb7083c5-910b-42ee-8547-0edbdf4d9b44">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260287 136.3499118 0 36.3259813 136.3499363 0 36.3259917 136.349967 0 36.3260391 136.3499426 0 36.3260287 136.3499118 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260391 136.3499426 8.48 36.3259917 136.349967 8.48 36.3259813 136.3499363 8.48 36.3260287 136.3499118 8.48 36.3260391 136.3499426 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260287 136.3499118 8.48 36.3259813 136.3499363 8.48 36.3259813 136.3499363 11.31 36.3260287 136.3499118 11.31 36.3260287 136.3499118 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259813 136.3499363 8.48 36.3259917 136.349967 8.48 36.3259917 136.349967 11.31 36.3259813 136.3499363 11.31 36.3259813 136.3499363 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259917 136.349967 8.48 36.3260391 136.3499426 8.48 36.3260391 136.3499426 11.31 36.3259917 136.349967 11.31 36.3259917 136.349967 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260391 136.3499426 8.48 36.3260287 136.3499118 8.48 36.3260287 136.3499118 11.31 36.3260391 136.3499426 11.31 36.3260391 136.3499426 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260287 136.3499118 11.31 36.3259813 136.3499363 11.31 36.3259917 136.349967 11.31 36.3260391 136.3499426 11.31 36.3260287 136.3499118 11.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1724</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_334d671e-8ff6-4261-85bb-194c0810365b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">415</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263081 136.3495224 0 36.3262599 136.3493794 0 36.3261571 136.3494323 0 36.3262054 136.3495753 0 36.3263081 136.3495224 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262054 136.3495753 8.41 36.3261571 136.3494323 8.41 36.3262599 136.3493794 8.41 36.3263081 136.3495224 8.41 36.3262054 136.3495753 8.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263081 136.3495224 8.41 36.3262599 136.3493794 8.41 36.3262599 136.3493794 16.06 36.3263081 136.3495224 16.06 36.3263081 136.3495224 8.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262599 136.3493794 8.41 36.3261571 136.3494323 8.41 36.3261571 136.3494323 16.06 36.3262599 136.3493794 16.06 36.3262599 136.3493794 8.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261571 136.3494323 8.41 36.3262054 136.3495753 8.41 36.3262054 136.3495753 16.06 36.3261571 136.3494323 16.06 36.3261571 136.3494323 8.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262054 136.3495753 8.41 36.3263081 136.3495224 8.41 36.3263081 136.3495224 16.06 36.3262054 136.3495753 16.06 36.3262054 136.3495753 8.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263081 136.3495224 16.06 36.3262599 136.3493794 16.06 36.3261571 136.3494323 16.06 36.3262054 136.3495753 16.06 36.3263081 136.3495224 16.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">294.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">171.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1725</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_49a343e7-c156-498f-9ad0-1ebffb9c7cba">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264029 136.3494695 0 36.3263724 136.3493789 0 36.3263029 136.3494147 0 36.3263335 136.3495052 0 36.3264029 136.3494695 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263335 136.3495052 8.39 36.3263029 136.3494147 8.39 36.3263724 136.3493789 8.39 36.3264029 136.3494695 8.39 36.3263335 136.3495052 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264029 136.3494695 8.39 36.3263724 136.3493789 8.39 36.3263724 136.3493789 15.41 36.3264029 136.3494695 15.41 36.3264029 136.3494695 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263724 136.3493789 8.39 36.3263029 136.3494147 8.39 36.3263029 136.3494147 15.41 36.3263724 136.3493789 15.41 36.3263724 136.3493789 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263029 136.3494147 8.39 36.3263335 136.3495052 8.39 36.3263335 136.3495052 15.41 36.3263029 136.3494147 15.41 36.3263029 136.3494147 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263335 136.3495052 8.39 36.3264029 136.3494695 8.39 36.3264029 136.3494695 15.41 36.3263335 136.3495052 15.41 36.3263335 136.3495052 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264029 136.3494695 15.41 36.3263724 136.3493789 15.41 36.3263029 136.3494147 15.41 36.3263335 136.3495052 15.41 36.3264029 136.3494695 15.41</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">145.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1726</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_28730011-c127-4804-87fd-f3eaa083809f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264671 136.3494438 0 36.32656 136.3493959 0 36.326535 136.3493218 0 36.3264421 136.3493697 0 36.3264671 136.3494438 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264421 136.3493697 8.34 36.326535 136.3493218 8.34 36.32656 136.3493959 8.34 36.3264671 136.3494438 8.34 36.3264421 136.3493697 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264671 136.3494438 8.34 36.32656 136.3493959 8.34 36.32656 136.3493959 14.96 36.3264671 136.3494438 14.96 36.3264671 136.3494438 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32656 136.3493959 8.34 36.326535 136.3493218 8.34 36.326535 136.3493218 14.96 36.32656 136.3493959 14.96 36.32656 136.3493959 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326535 136.3493218 8.34 36.3264421 136.3493697 8.34 36.3264421 136.3493697 14.96 36.326535 136.3493218 14.96 36.326535 136.3493218 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264421 136.3493697 8.34 36.3264671 136.3494438 8.34 36.3264671 136.3494438 14.96 36.3264421 136.3493697 14.96 36.3264421 136.3493697 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264671 136.3494438 14.96 36.32656 136.3493959 14.96 36.326535 136.3493218 14.96 36.3264421 136.3493697 14.96 36.3264671 136.3494438 14.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1727</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_dd0d9bfa-cc13-4f63-8bd7-d3bcb3d88026">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266262 136.3493455 0 36.3267224 136.3492959 0 36.326691 136.3492027 0 36.3265947 136.3492523 0 36.3266262 136.3493455 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265947 136.3492523 8.31 36.326691 136.3492027 8.31 36.3267224 136.3492959 8.31 36.3266262 136.3493455 8.31 36.3265947 136.3492523 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266262 136.3493455 8.31 36.3267224 136.3492959 8.31 36.3267224 136.3492959 14.9 36.3266262 136.3493455 14.9 36.3266262 136.3493455 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3267224 136.3492959 8.31 36.326691 136.3492027 8.31 36.326691 136.3492027 14.9 36.3267224 136.3492959 14.9 36.3267224 136.3492959 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326691 136.3492027 8.31 36.3265947 136.3492523 8.31 36.3265947 136.3492523 14.9 36.326691 136.3492027 14.9 36.326691 136.3492027 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265947 136.3492523 8.31 36.3266262 136.3493455 8.31 36.3266262 136.3493455 14.9 36.3265947 136.3492523 14.9 36.3265947 136.3492523 8.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266262 136.3493455 14.9 36.3267224 136.3492959 14.9 36.326691 136.3492027 14.9 36.3265947 136.3492523 14.9 36.3266262 136.3493455 14.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">204.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.93</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1728</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8bfb3431-6e42-4c9a-a06c-dc25fdc1e3f4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265747 136.3491929 0 36.3266782 136.3491397 0 36.3266437 136.3490375 0 36.3265403 136.3490908 0 36.3265747 136.3491929 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265403 136.3490908 8.34 36.3266437 136.3490375 8.34 36.3266782 136.3491397 8.34 36.3265747 136.3491929 8.34 36.3265403 136.3490908 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265747 136.3491929 8.34 36.3266782 136.3491397 8.34 36.3266782 136.3491397 14.99 36.3265747 136.3491929 14.99 36.3265747 136.3491929 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266782 136.3491397 8.34 36.3266437 136.3490375 8.34 36.3266437 136.3490375 14.99 36.3266782 136.3491397 14.99 36.3266782 136.3491397 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266437 136.3490375 8.34 36.3265403 136.3490908 8.34 36.3265403 136.3490908 14.99 36.3266437 136.3490375 14.99 36.3266437 136.3490375 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265403 136.3490908 8.34 36.3265747 136.3491929 8.34 36.3265747 136.3491929 14.99 36.3265403 136.3490908 14.99 36.3265403 136.3490908 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265747 136.3491929 14.99 36.3266782 136.3491397 14.99 36.3266437 136.3490375 14.99 36.3265403 136.3490908 14.99 36.3265747 136.3491929 14.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">217.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1729</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c4686889-5898-40cb-b688-eb028bdc24db">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262591 136.3497125 0 36.3261384 136.3497746 0 36.3261724 136.3498753 0 36.326293 136.3498132 0 36.3262591 136.3497125 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326293 136.3498132 8.38 36.3261724 136.3498753 8.38 36.3261384 136.3497746 8.38 36.3262591 136.3497125 8.38 36.326293 136.3498132 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262591 136.3497125 8.38 36.3261384 136.3497746 8.38 36.3261384 136.3497746 13.4 36.3262591 136.3497125 13.4 36.3262591 136.3497125 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261384 136.3497746 8.38 36.3261724 136.3498753 8.38 36.3261724 136.3498753 13.4 36.3261384 136.3497746 13.4 36.3261384 136.3497746 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261724 136.3498753 8.38 36.326293 136.3498132 8.38 36.326293 136.3498132 13.4 36.3261724 136.3498753 13.4 36.3261724 136.3498753 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.326293 136.3498132 8.38 36.3262591 136.3497125 8.38 36.3262591 136.3497125 13.4 36.326293 136.3498132 13.4 36.326293 136.3498132 8.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262591 136.3497125 13.4 36.3261384 136.3497746 13.4 36.3261724 136.3498753 13.4 36.326293 136.3498132 13.4 36.3262591 136.3497125 13.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">142.15</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1730</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c8f11640-d9cb-44c5-bb9e-3eaa7279a69e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264352 136.3496083 0 36.3263334 136.3496607 0 36.3263589 136.3497364 0 36.3264607 136.349684 0 36.3264352 136.3496083 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264607 136.349684 8.32 36.3263589 136.3497364 8.32 36.3263334 136.3496607 8.32 36.3264352 136.3496083 8.32 36.3264607 136.349684 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264352 136.3496083 8.32 36.3263334 136.3496607 8.32 36.3263334 136.3496607 14.65 36.3264352 136.3496083 14.65 36.3264352 136.3496083 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263334 136.3496607 8.32 36.3263589 136.3497364 8.32 36.3263589 136.3497364 14.65 36.3263334 136.3496607 14.65 36.3263334 136.3496607 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263589 136.3497364 8.32 36.3264607 136.349684 8.32 36.3264607 136.349684 14.65 36.3263589 136.3497364 14.65 36.3263589 136.3497364 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264607 136.349684 8.32 36.3264352 136.3496083 8.32 36.3264352 136.3496083 14.65 36.3264607 136.349684 14.65 36.3264607 136.349684 8.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264352 136.3496083 14.65 36.3263334 136.3496607 14.65 36.3263589 136.3497364 14.65 36.3264607 136.349684 14.65 36.3264352 136.3496083 14.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1731</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1fe8e7c2-2775-4cd3-b007-305fae0ee54f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265996 136.3495 0 36.3264999 136.3495514 0 36.3265289 136.3496374 0 36.3266286 136.3495861 0 36.3265996 136.3495 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266286 136.3495861 8.28 36.3265289 136.3496374 8.28 36.3264999 136.3495514 8.28 36.3265996 136.3495 8.28 36.3266286 136.3495861 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265996 136.3495 8.28 36.3264999 136.3495514 8.28 36.3264999 136.3495514 15.05 36.3265996 136.3495 15.05 36.3265996 136.3495 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264999 136.3495514 8.28 36.3265289 136.3496374 8.28 36.3265289 136.3496374 15.05 36.3264999 136.3495514 15.05 36.3264999 136.3495514 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265289 136.3496374 8.28 36.3266286 136.3495861 8.28 36.3266286 136.3495861 15.05 36.3265289 136.3496374 15.05 36.3265289 136.3496374 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266286 136.3495861 8.28 36.3265996 136.3495 8.28 36.3265996 136.3495 15.05 36.3266286 136.3495861 15.05 36.3266286 136.3495861 8.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265996 136.3495 15.05 36.3264999 136.3495514 15.05 36.3265289 136.3496374 15.05 36.3266286 136.3495861 15.05 36.3265996 136.3495 15.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">192.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1732</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3f3d334d-b398-4b20-9779-8ae802ccdfb5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266439 136.3496579 0 36.3265518 136.3497054 0 36.3265843 136.3498018 0 36.3266764 136.3497543 0 36.3266439 136.3496579 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266764 136.3497543 8.25 36.3265843 136.3498018 8.25 36.3265518 136.3497054 8.25 36.3266439 136.3496579 8.25 36.3266764 136.3497543 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266439 136.3496579 8.25 36.3265518 136.3497054 8.25 36.3265518 136.3497054 11.27 36.3266439 136.3496579 11.27 36.3266439 136.3496579 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265518 136.3497054 8.25 36.3265843 136.3498018 8.25 36.3265843 136.3498018 11.27 36.3265518 136.3497054 11.27 36.3265518 136.3497054 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265843 136.3498018 8.25 36.3266764 136.3497543 8.25 36.3266764 136.3497543 11.27 36.3265843 136.3498018 11.27 36.3265843 136.3498018 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266764 136.3497543 8.25 36.3266439 136.3496579 8.25 36.3266439 136.3496579 11.27 36.3266764 136.3497543 11.27 36.3266764 136.3497543 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266439 136.3496579 11.27 36.3265518 136.3497054 11.27 36.3265843 136.3498018 11.27 36.3266764 136.3497543 11.27 36.3266439 136.3496579 11.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">94.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1733</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e22da264-c031-4beb-9daf-406cb643ff6b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250123 136.3494029 0 36.3250935 136.3493611 0 36.3250641 136.3492741 0 36.3249829 136.3493159 0 36.3250123 136.3494029 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249829 136.3493159 8.73 36.3250641 136.3492741 8.73 36.3250935 136.3493611 8.73 36.3250123 136.3494029 8.73 36.3249829 136.3493159 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250123 136.3494029 8.73 36.3250935 136.3493611 8.73 36.3250935 136.3493611 15.63 36.3250123 136.3494029 15.63 36.3250123 136.3494029 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250935 136.3493611 8.73 36.3250641 136.3492741 8.73 36.3250641 136.3492741 15.63 36.3250935 136.3493611 15.63 36.3250935 136.3493611 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250641 136.3492741 8.73 36.3249829 136.3493159 8.73 36.3249829 136.3493159 15.63 36.3250641 136.3492741 15.63 36.3250641 136.3492741 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3249829 136.3493159 8.73 36.3250123 136.3494029 8.73 36.3250123 136.3494029 15.63 36.3249829 136.3493159 15.63 36.3249829 136.3493159 8.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250123 136.3494029 15.63 36.3250935 136.3493611 15.63 36.3250641 136.3492741 15.63 36.3249829 136.3493159 15.63 36.3250123 136.3494029 15.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2319</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_50d39279-9551-4edb-82bf-b0b9bddbf3ef">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251257 136.3492424 0 36.3251558 136.3493316 0 36.3252253 136.3492958 0 36.3251952 136.3492066 0 36.3251257 136.3492424 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251952 136.3492066 8.68 36.3252253 136.3492958 8.68 36.3251558 136.3493316 8.68 36.3251257 136.3492424 8.68 36.3251952 136.3492066 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251257 136.3492424 8.68 36.3251558 136.3493316 8.68 36.3251558 136.3493316 15.11 36.3251257 136.3492424 15.11 36.3251257 136.3492424 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251558 136.3493316 8.68 36.3252253 136.3492958 8.68 36.3252253 136.3492958 15.11 36.3251558 136.3493316 15.11 36.3251558 136.3493316 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252253 136.3492958 8.68 36.3251952 136.3492066 8.68 36.3251952 136.3492066 15.11 36.3252253 136.3492958 15.11 36.3252253 136.3492958 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251952 136.3492066 8.68 36.3251257 136.3492424 8.68 36.3251257 136.3492424 15.11 36.3251952 136.3492066 15.11 36.3251952 136.3492066 8.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251257 136.3492424 15.11 36.3251558 136.3493316 15.11 36.3252253 136.3492958 15.11 36.3251952 136.3492066 15.11 36.3251257 136.3492424 15.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2320</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a2e536fb-ac10-41f3-9c7a-38bc00e6b887">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250449 136.3494753 0 36.3250877 136.3496023 0 36.325146 136.3495723 0 36.3251032 136.3494453 0 36.3250449 136.3494753 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251032 136.3494453 8.76 36.325146 136.3495723 8.76 36.3250877 136.3496023 8.76 36.3250449 136.3494753 8.76 36.3251032 136.3494453 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250449 136.3494753 8.76 36.3250877 136.3496023 8.76 36.3250877 136.3496023 14.99 36.3250449 136.3494753 14.99 36.3250449 136.3494753 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250877 136.3496023 8.76 36.325146 136.3495723 8.76 36.325146 136.3495723 14.99 36.3250877 136.3496023 14.99 36.3250877 136.3496023 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325146 136.3495723 8.76 36.3251032 136.3494453 8.76 36.3251032 136.3494453 14.99 36.325146 136.3495723 14.99 36.325146 136.3495723 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251032 136.3494453 8.76 36.3250449 136.3494753 8.76 36.3250449 136.3494753 14.99 36.3251032 136.3494453 14.99 36.3251032 136.3494453 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3250449 136.3494753 14.99 36.3250877 136.3496023 14.99 36.325146 136.3495723 14.99 36.3251032 136.3494453 14.99 36.3250449 136.3494753 14.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">170.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2321</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_03365c8f-e9d3-4367-a29f-d0d437f4daf9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325157 136.3494176 0 36.3251944 136.3495285 0 36.3252682 136.3494905 0 36.3252308 136.3493796 0 36.325157 136.3494176 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252308 136.3493796 8.76 36.3252682 136.3494905 8.76 36.3251944 136.3495285 8.76 36.325157 136.3494176 8.76 36.3252308 136.3493796 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325157 136.3494176 8.76 36.3251944 136.3495285 8.76 36.3251944 136.3495285 15.36 36.325157 136.3494176 15.36 36.325157 136.3494176 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251944 136.3495285 8.76 36.3252682 136.3494905 8.76 36.3252682 136.3494905 15.36 36.3251944 136.3495285 15.36 36.3251944 136.3495285 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252682 136.3494905 8.76 36.3252308 136.3493796 8.76 36.3252308 136.3493796 15.36 36.3252682 136.3494905 15.36 36.3252682 136.3494905 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252308 136.3493796 8.76 36.325157 136.3494176 8.76 36.325157 136.3494176 15.36 36.3252308 136.3493796 15.36 36.3252308 136.3493796 8.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325157 136.3494176 15.36 36.3251944 136.3495285 15.36 36.3252682 136.3494905 15.36 36.3252308 136.3493796 15.36 36.325157 136.3494176 15.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">186.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2322</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e1aa7c77-8aed-4261-aac2-afd8ad11703c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325144 136.349523 0 36.3251585 136.3495658 0 36.3251814 136.3495541 0 36.3251669 136.3495112 0 36.325144 136.349523 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251669 136.3495112 8.78 36.3251814 136.3495541 8.78 36.3251585 136.3495658 8.78 36.325144 136.349523 8.78 36.3251669 136.3495112 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325144 136.349523 8.78 36.3251585 136.3495658 8.78 36.3251585 136.3495658 11.31 36.325144 136.349523 11.31 36.325144 136.349523 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251585 136.3495658 8.78 36.3251814 136.3495541 8.78 36.3251814 136.3495541 11.31 36.3251585 136.3495658 11.31 36.3251585 136.3495658 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251814 136.3495541 8.78 36.3251669 136.3495112 8.78 36.3251669 136.3495112 11.31 36.3251814 136.3495541 11.31 36.3251814 136.3495541 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251669 136.3495112 8.78 36.325144 136.349523 8.78 36.325144 136.349523 11.31 36.3251669 136.3495112 11.31 36.3251669 136.3495112 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325144 136.349523 11.31 36.3251585 136.3495658 11.31 36.3251814 136.3495541 11.31 36.3251669 136.3495112 11.31 36.325144 136.349523 11.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">9.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">11.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2323</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e01dfe57-fc1f-4658-89fc-e2164e41fd8b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2015</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251266 136.3496668 0 36.3251636 136.3497765 0 36.3252296 136.3497426 0 36.3251926 136.3496328 0 36.3251266 136.3496668 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251926 136.3496328 8.8 36.3252296 136.3497426 8.8 36.3251636 136.3497765 8.8 36.3251266 136.3496668 8.8 36.3251926 136.3496328 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251266 136.3496668 8.8 36.3251636 136.3497765 8.8 36.3251636 136.3497765 13.13 36.3251266 136.3496668 13.13 36.3251266 136.3496668 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251636 136.3497765 8.8 36.3252296 136.3497426 8.8 36.3252296 136.3497426 13.13 36.3251636 136.3497765 13.13 36.3251636 136.3497765 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252296 136.3497426 8.8 36.3251926 136.3496328 8.8 36.3251926 136.3496328 13.13 36.3252296 136.3497426 13.13 36.3252296 136.3497426 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251926 136.3496328 8.8 36.3251266 136.3496668 8.8 36.3251266 136.3496668 13.13 36.3251926 136.3496328 13.13 36.3251926 136.3496328 8.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251266 136.3496668 13.13 36.3251636 136.3497765 13.13 36.3252296 136.3497426 13.13 36.3251926 136.3496328 13.13 36.3251266 136.3496668 13.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">80.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2324</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c9c06c37-f5ce-4ec1-ac7a-7c49d28d847c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253783 136.3475402 0 36.325415 136.3476491 0 36.3254749 136.3476183 0 36.3254382 136.3475094 0 36.3253783 136.3475402 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254382 136.3475094 8.47 36.3254749 136.3476183 8.47 36.325415 136.3476491 8.47 36.3253783 136.3475402 8.47 36.3254382 136.3475094 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253783 136.3475402 8.47 36.325415 136.3476491 8.47 36.325415 136.3476491 15.23 36.3253783 136.3475402 15.23 36.3253783 136.3475402 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325415 136.3476491 8.47 36.3254749 136.3476183 8.47 36.3254749 136.3476183 15.23 36.325415 136.3476491 15.23 36.325415 136.3476491 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254749 136.3476183 8.47 36.3254382 136.3475094 8.47 36.3254382 136.3475094 15.23 36.3254749 136.3476183 15.23 36.3254749 136.3476183 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254382 136.3475094 8.47 36.3253783 136.3475402 8.47 36.3253783 136.3475402 15.23 36.3254382 136.3475094 15.23 36.3254382 136.3475094 8.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253783 136.3475402 15.23 36.325415 136.3476491 15.23 36.3254749 136.3476183 15.23 36.3254382 136.3475094 15.23 36.3253783 136.3475402 15.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">141.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2359</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7c037216-782b-4341-8002-3694b6fe85bb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254705 136.3475619 0 36.3254874 136.3476118 0 36.3255218 136.3475941 0 36.325505 136.3475441 0 36.3254705 136.3475619 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325505 136.3475441 8.45 36.3255218 136.3475941 8.45 36.3254874 136.3476118 8.45 36.3254705 136.3475619 8.45 36.325505 136.3475441 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254705 136.3475619 8.45 36.3254874 136.3476118 8.45 36.3254874 136.3476118 11.16 36.3254705 136.3475619 11.16 36.3254705 136.3475619 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254874 136.3476118 8.45 36.3255218 136.3475941 8.45 36.3255218 136.3475941 11.16 36.3254874 136.3476118 11.16 36.3254874 136.3476118 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255218 136.3475941 8.45 36.325505 136.3475441 8.45 36.325505 136.3475441 11.16 36.3255218 136.3475941 11.16 36.3255218 136.3475941 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325505 136.3475441 8.45 36.3254705 136.3475619 8.45 36.3254705 136.3475619 11.16 36.325505 136.3475441 11.16 36.325505 136.3475441 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3254705 136.3475619 11.16 36.3254874 136.3476118 11.16 36.3255218 136.3475941 11.16 36.325505 136.3475441 11.16 36.3254705 136.3475619 11.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">19.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">20.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2360</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_936e4b8e-f5f2-4376-bae2-623668dfcb26">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252925 136.347723 0 36.3252 136.3474489 0 36.3251283 136.3474859 0 36.3252207 136.3477599 0 36.3252925 136.347723 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252207 136.3477599 8.55 36.3251283 136.3474859 8.55 36.3252 136.3474489 8.55 36.3252925 136.347723 8.55 36.3252207 136.3477599 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252925 136.347723 8.55 36.3252 136.3474489 8.55 36.3252 136.3474489 14.91 36.3252925 136.347723 14.91 36.3252925 136.347723 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252 136.3474489 8.55 36.3251283 136.3474859 8.55 36.3251283 136.3474859 14.91 36.3252 136.3474489 14.91 36.3252 136.3474489 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3251283 136.3474859 8.55 36.3252207 136.3477599 8.55 36.3252207 136.3477599 14.91 36.3251283 136.3474859 14.91 36.3251283 136.3474859 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252207 136.3477599 8.55 36.3252925 136.347723 8.55 36.3252925 136.347723 14.91 36.3252207 136.3477599 14.91 36.3252207 136.3477599 8.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252925 136.347723 14.91 36.3252 136.3474489 14.91 36.3251283 136.3474859 14.91 36.3252207 136.3477599 14.91 36.3252925 136.347723 14.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">-9999</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">229.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2361</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d68537cf-ebc2-4bdd-b080-5ecdb6c133e6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">412</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:storeysBelowGround>0</bldg:storeysBelowGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261996 136.3498847 0 36.3262621 136.3500701 0 36.3263309 136.3500346 0 36.3262684 136.3498493 0 36.3261996 136.3498847 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262684 136.3498493 8.39 36.3263309 136.3500346 8.39 36.3262621 136.3500701 8.39 36.3261996 136.3498847 8.39 36.3262684 136.3498493 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261996 136.3498847 8.39 36.3262621 136.3500701 8.39 36.3262621 136.3500701 14.63 36.3261996 136.3498847 14.63 36.3261996 136.3498847 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262621 136.3500701 8.39 36.3263309 136.3500346 8.39 36.3263309 136.3500346 14.63 36.3262621 136.3500701 14.63 36.3262621 136.3500701 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263309 136.3500346 8.39 36.3262684 136.3498493 8.39 36.3262684 136.3498493 14.63 36.3263309 136.3500346 14.63 36.3263309 136.3500346 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3262684 136.3498493 8.39 36.3261996 136.3498847 8.39 36.3261996 136.3498847 14.63 36.3262684 136.3498493 14.63 36.3262684 136.3498493 8.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261996 136.3498847 14.63 36.3262621 136.3500701 14.63 36.3263309 136.3500346 14.63 36.3262684 136.3498493 14.63 36.3261996 136.3498847 14.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">282.71</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2362</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_915c9227-48d0-451b-85c9-5ded1da3ab53">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2011</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263481 136.3499106 0 36.3264293 136.3498688 0 36.3263999 136.3497816 0 36.3263187 136.3498234 0 36.3263481 136.3499106 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263187 136.3498234 8.34 36.3263999 136.3497816 8.34 36.3264293 136.3498688 8.34 36.3263481 136.3499106 8.34 36.3263187 136.3498234 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263481 136.3499106 8.34 36.3264293 136.3498688 8.34 36.3264293 136.3498688 15.42 36.3263481 136.3499106 15.42 36.3263481 136.3499106 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3264293 136.3498688 8.34 36.3263999 136.3497816 8.34 36.3263999 136.3497816 15.42 36.3264293 136.3498688 15.42 36.3264293 136.3498688 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263999 136.3497816 8.34 36.3263187 136.3498234 8.34 36.3263187 136.3498234 15.42 36.3263999 136.3497816 15.42 36.3263999 136.3497816 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263187 136.3498234 8.34 36.3263481 136.3499106 8.34 36.3263481 136.3499106 15.42 36.3263187 136.3498234 15.42 36.3263187 136.3498234 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3263481 136.3499106 15.42 36.3264293 136.3498688 15.42 36.3263999 136.3497816 15.42 36.3263187 136.3498234 15.42 36.3263481 136.3499106 15.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2363</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e6861639-b98e-4221-9dde-d7aea5589773">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303965 136.339243 0 36.3304452 136.3393873 0 36.3305389 136.339339 0 36.3304903 136.3391947 0 36.3303965 136.339243 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304903 136.3391947 8.17 36.3305389 136.339339 8.17 36.3304452 136.3393873 8.17 36.3303965 136.339243 8.17 36.3304903 136.3391947 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303965 136.339243 8.17 36.3304452 136.3393873 8.17 36.3304452 136.3393873 12.74 36.3303965 136.339243 12.74 36.3303965 136.339243 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304452 136.3393873 8.17 36.3305389 136.339339 8.17 36.3305389 136.339339 12.74 36.3304452 136.3393873 12.74 36.3304452 136.3393873 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305389 136.339339 8.17 36.3304903 136.3391947 8.17 36.3304903 136.3391947 12.74 36.3305389 136.339339 12.74 36.3305389 136.339339 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304903 136.3391947 8.17 36.3303965 136.339243 8.17 36.3303965 136.339243 12.74 36.3304903 136.3391947 12.74 36.3304903 136.3391947 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303965 136.339243 12.74 36.3304452 136.3393873 12.74 36.3305389 136.339339 12.74 36.3304903 136.3391947 12.74 36.3303965 136.339243 12.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">141.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">158.31</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2372</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7afc7843-aff5-408e-b6ae-b0ff59a06a39">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304588 136.3394576 0 36.3305106 136.3396112 0 36.330616 136.3395569 0 36.3305642 136.3394033 0 36.3304588 136.3394576 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305642 136.3394033 8.17 36.330616 136.3395569 8.17 36.3305106 136.3396112 8.17 36.3304588 136.3394576 8.17 36.3305642 136.3394033 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304588 136.3394576 8.17 36.3305106 136.3396112 8.17 36.3305106 136.3396112 12.55 36.3304588 136.3394576 12.55 36.3304588 136.3394576 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305106 136.3396112 8.17 36.330616 136.3395569 8.17 36.330616 136.3395569 12.55 36.3305106 136.3396112 12.55 36.3305106 136.3396112 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330616 136.3395569 8.17 36.3305642 136.3394033 8.17 36.3305642 136.3394033 12.55 36.330616 136.3395569 12.55 36.330616 136.3395569 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305642 136.3394033 8.17 36.3304588 136.3394576 8.17 36.3304588 136.3394576 12.55 36.3305642 136.3394033 12.55 36.3305642 136.3394033 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304588 136.3394576 12.55 36.3305106 136.3396112 12.55 36.330616 136.3395569 12.55 36.3305642 136.3394033 12.55 36.3304588 136.3394576 12.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">182.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">189.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2373</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e333d34c-ae49-4788-83f7-c44495c9d147">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1967</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306082 136.3394902 0 36.3306285 136.3395505 0 36.3306515 136.3395387 0 36.3306311 136.3394784 0 36.3306082 136.3394902 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306311 136.3394784 8.15 36.3306515 136.3395387 8.15 36.3306285 136.3395505 8.15 36.3306082 136.3394902 8.15 36.3306311 136.3394784 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306082 136.3394902 8.15 36.3306285 136.3395505 8.15 36.3306285 136.3395505 11.04 36.3306082 136.3394902 11.04 36.3306082 136.3394902 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306285 136.3395505 8.15 36.3306515 136.3395387 8.15 36.3306515 136.3395387 11.04 36.3306285 136.3395505 11.04 36.3306285 136.3395505 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306515 136.3395387 8.15 36.3306311 136.3394784 8.15 36.3306311 136.3394784 11.04 36.3306515 136.3395387 11.04 36.3306515 136.3395387 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306311 136.3394784 8.15 36.3306082 136.3394902 8.15 36.3306082 136.3394902 11.04 36.3306311 136.3394784 11.04 36.3306311 136.3394784 8.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306082 136.3394902 11.04 36.3306285 136.3395505 11.04 36.3306515 136.3395387 11.04 36.3306311 136.3394784 11.04 36.3306082 136.3394902 11.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">13.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">16.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2374</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_34c3cd63-35d9-4fdc-b62f-96fc512452f2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2019</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305305 136.3396712 0 36.3305789 136.3398147 0 36.3306827 136.3397613 0 36.3306343 136.3396178 0 36.3305305 136.3396712 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306343 136.3396178 8.16 36.3306827 136.3397613 8.16 36.3305789 136.3398147 8.16 36.3305305 136.3396712 8.16 36.3306343 136.3396178 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305305 136.3396712 8.16 36.3305789 136.3398147 8.16 36.3305789 136.3398147 15.31 36.3305305 136.3396712 15.31 36.3305305 136.3396712 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305789 136.3398147 8.16 36.3306827 136.3397613 8.16 36.3306827 136.3397613 15.31 36.3305789 136.3398147 15.31 36.3305789 136.3398147 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306827 136.3397613 8.16 36.3306343 136.3396178 8.16 36.3306343 136.3396178 15.31 36.3306827 136.3397613 15.31 36.3306827 136.3397613 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306343 136.3396178 8.16 36.3305305 136.3396712 8.16 36.3305305 136.3396712 15.31 36.3306343 136.3396178 15.31 36.3306343 136.3396178 8.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305305 136.3396712 15.31 36.3305789 136.3398147 15.31 36.3306827 136.3397613 15.31 36.3306343 136.3396178 15.31 36.3305305 136.3396712 15.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">309.45</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">174.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2375</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c3ea4e4e-68e0-456b-a8d9-fda02b61a0b4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303746 136.3396392 0 36.3303274 136.3394992 0 36.3302334 136.3395476 0 36.3302806 136.3396876 0 36.3303746 136.3396392 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302806 136.3396876 8.34 36.3302334 136.3395476 8.34 36.3303274 136.3394992 8.34 36.3303746 136.3396392 8.34 36.3302806 136.3396876 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303746 136.3396392 8.34 36.3303274 136.3394992 8.34 36.3303274 136.3394992 12.4 36.3303746 136.3396392 12.4 36.3303746 136.3396392 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303274 136.3394992 8.34 36.3302334 136.3395476 8.34 36.3302334 136.3395476 12.4 36.3303274 136.3394992 12.4 36.3303274 136.3394992 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302334 136.3395476 8.34 36.3302806 136.3396876 8.34 36.3302806 136.3396876 12.4 36.3302334 136.3395476 12.4 36.3302334 136.3395476 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302806 136.3396876 8.34 36.3303746 136.3396392 8.34 36.3303746 136.3396392 12.4 36.3302806 136.3396876 12.4 36.3302806 136.3396876 8.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303746 136.3396392 12.4 36.3303274 136.3394992 12.4 36.3302334 136.3395476 12.4 36.3302806 136.3396876 12.4 36.3303746 136.3396392 12.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">153.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2376</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b603023a-82a1-4502-a734-785128ff4850">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304121 136.3398818 0 36.3303594 136.3397253 0 36.3302834 136.3397645 0 36.3303361 136.3399209 0 36.3304121 136.3398818 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303361 136.3399209 8.35 36.3302834 136.3397645 8.35 36.3303594 136.3397253 8.35 36.3304121 136.3398818 8.35 36.3303361 136.3399209 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304121 136.3398818 8.35 36.3303594 136.3397253 8.35 36.3303594 136.3397253 12.23 36.3304121 136.3398818 12.23 36.3304121 136.3398818 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303594 136.3397253 8.35 36.3302834 136.3397645 8.35 36.3302834 136.3397645 12.23 36.3303594 136.3397253 12.23 36.3303594 136.3397253 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302834 136.3397645 8.35 36.3303361 136.3399209 8.35 36.3303361 136.3399209 12.23 36.3302834 136.3397645 12.23 36.3302834 136.3397645 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303361 136.3399209 8.35 36.3304121 136.3398818 8.35 36.3304121 136.3398818 12.23 36.3303361 136.3399209 12.23 36.3303361 136.3399209 8.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3304121 136.3398818 12.23 36.3303594 136.3397253 12.23 36.3302834 136.3397645 12.23 36.3303361 136.3399209 12.23 36.3304121 136.3398818 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">137.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">139.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2377</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3f27d1ee-62df-40a8-b6d2-38b23fd9d380">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307614 136.340327 0 36.3307981 136.3404358 0 36.3308702 136.3403987 0 36.3308335 136.3402898 0 36.3307614 136.340327 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308335 136.3402898 8.17 36.3308702 136.3403987 8.17 36.3307981 136.3404358 8.17 36.3307614 136.340327 8.17 36.3308335 136.3402898 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307614 136.340327 8.17 36.3307981 136.3404358 8.17 36.3307981 136.3404358 15.07 36.3307614 136.340327 15.07 36.3307614 136.340327 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307981 136.3404358 8.17 36.3308702 136.3403987 8.17 36.3308702 136.3403987 15.07 36.3307981 136.3404358 15.07 36.3307981 136.3404358 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308702 136.3403987 8.17 36.3308335 136.3402898 8.17 36.3308335 136.3402898 15.07 36.3308702 136.3403987 15.07 36.3308702 136.3403987 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308335 136.3402898 8.17 36.3307614 136.340327 8.17 36.3307614 136.340327 15.07 36.3308335 136.3402898 15.07 36.3308335 136.3402898 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307614 136.340327 15.07 36.3307981 136.3404358 15.07 36.3308702 136.3403987 15.07 36.3308335 136.3402898 15.07 36.3307614 136.340327 15.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.94</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2378</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_83510abd-9226-4d3a-8670-16b59f06702a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1957</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330928 136.3403333 0 36.3310051 136.3402937 0 36.3309786 136.3402151 0 36.3309015 136.3402548 0 36.330928 136.3403333 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309015 136.3402548 8.07 36.3309786 136.3402151 8.07 36.3310051 136.3402937 8.07 36.330928 136.3403333 8.07 36.3309015 136.3402548 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330928 136.3403333 8.07 36.3310051 136.3402937 8.07 36.3310051 136.3402937 12.37 36.330928 136.3403333 12.37 36.330928 136.3403333 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310051 136.3402937 8.07 36.3309786 136.3402151 8.07 36.3309786 136.3402151 12.37 36.3310051 136.3402937 12.37 36.3310051 136.3402937 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309786 136.3402151 8.07 36.3309015 136.3402548 8.07 36.3309015 136.3402548 12.37 36.3309786 136.3402151 12.37 36.3309786 136.3402151 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309015 136.3402548 8.07 36.330928 136.3403333 8.07 36.330928 136.3403333 12.37 36.3309015 136.3402548 12.37 36.3309015 136.3402548 8.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330928 136.3403333 12.37 36.3310051 136.3402937 12.37 36.3309786 136.3402151 12.37 36.3309015 136.3402548 12.37 36.330928 136.3403333 12.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">59.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2379</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_30b30278-33cd-4e4d-a9a4-adc2ea3f7a03">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308091 136.3404908 0 36.3308614 136.3406461 0 36.3309334 136.3406091 0 36.330881 136.3404538 0 36.3308091 136.3404908 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330881 136.3404538 8.17 36.3309334 136.3406091 8.17 36.3308614 136.3406461 8.17 36.3308091 136.3404908 8.17 36.330881 136.3404538 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308091 136.3404908 8.17 36.3308614 136.3406461 8.17 36.3308614 136.3406461 12.01 36.3308091 136.3404908 12.01 36.3308091 136.3404908 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308614 136.3406461 8.17 36.3309334 136.3406091 8.17 36.3309334 136.3406091 12.01 36.3308614 136.3406461 12.01 36.3308614 136.3406461 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309334 136.3406091 8.17 36.330881 136.3404538 8.17 36.330881 136.3404538 12.01 36.3309334 136.3406091 12.01 36.3309334 136.3406091 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330881 136.3404538 8.17 36.3308091 136.3404908 8.17 36.3308091 136.3404908 12.01 36.330881 136.3404538 12.01 36.330881 136.3404538 8.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308091 136.3404908 12.01 36.3308614 136.3406461 12.01 36.3309334 136.3406091 12.01 36.330881 136.3404538 12.01 36.3308091 136.3404908 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">121.68</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.65</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2380</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2b700302-390e-431b-bf26-e5f79499ef9b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309153 136.3407531 0 36.330965 136.3409003 0 36.3310653 136.3408487 0 36.3310157 136.3407014 0 36.3309153 136.3407531 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310157 136.3407014 8.1 36.3310653 136.3408487 8.1 36.330965 136.3409003 8.1 36.3309153 136.3407531 8.1 36.3310157 136.3407014 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309153 136.3407531 8.1 36.330965 136.3409003 8.1 36.330965 136.3409003 12.65 36.3309153 136.3407531 12.65 36.3309153 136.3407531 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330965 136.3409003 8.1 36.3310653 136.3408487 8.1 36.3310653 136.3408487 12.65 36.330965 136.3409003 12.65 36.330965 136.3409003 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310653 136.3408487 8.1 36.3310157 136.3407014 8.1 36.3310157 136.3407014 12.65 36.3310653 136.3408487 12.65 36.3310653 136.3408487 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310157 136.3407014 8.1 36.3309153 136.3407531 8.1 36.3309153 136.3407531 12.65 36.3310157 136.3407014 12.65 36.3310157 136.3407014 8.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309153 136.3407531 12.65 36.330965 136.3409003 12.65 36.3310653 136.3408487 12.65 36.3310157 136.3407014 12.65 36.3309153 136.3407531 12.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.98</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">172.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2381</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_65344f89-a9e6-4ee6-b009-099ce8c50c2f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310724 136.3406722 0 36.3311307 136.340845 0 36.3312324 136.3407927 0 36.3311741 136.3406198 0 36.3310724 136.3406722 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311741 136.3406198 7.99 36.3312324 136.3407927 7.99 36.3311307 136.340845 7.99 36.3310724 136.3406722 7.99 36.3311741 136.3406198 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310724 136.3406722 7.99 36.3311307 136.340845 7.99 36.3311307 136.340845 15.3 36.3310724 136.3406722 15.3 36.3310724 136.3406722 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311307 136.340845 7.99 36.3312324 136.3407927 7.99 36.3312324 136.3407927 15.3 36.3311307 136.340845 15.3 36.3311307 136.340845 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312324 136.3407927 7.99 36.3311741 136.3406198 7.99 36.3311741 136.3406198 15.3 36.3312324 136.3407927 15.3 36.3312324 136.3407927 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311741 136.3406198 7.99 36.3310724 136.3406722 7.99 36.3310724 136.3406722 15.3 36.3311741 136.3406198 15.3 36.3311741 136.3406198 7.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310724 136.3406722 15.3 36.3311307 136.340845 15.3 36.3312324 136.3407927 15.3 36.3311741 136.3406198 15.3 36.3310724 136.3406722 15.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">382.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">205.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2382</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8c32cb14-2170-4e5c-a9ac-795891585212">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309876 136.3409593 0 36.331043 136.3411236 0 36.3311487 136.3410691 0 36.3310934 136.3409049 0 36.3309876 136.3409593 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310934 136.3409049 8.04 36.3311487 136.3410691 8.04 36.331043 136.3411236 8.04 36.3309876 136.3409593 8.04 36.3310934 136.3409049 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309876 136.3409593 8.04 36.331043 136.3411236 8.04 36.331043 136.3411236 12.8 36.3309876 136.3409593 12.8 36.3309876 136.3409593 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331043 136.3411236 8.04 36.3311487 136.3410691 8.04 36.3311487 136.3410691 12.8 36.331043 136.3411236 12.8 36.331043 136.3411236 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311487 136.3410691 8.04 36.3310934 136.3409049 8.04 36.3310934 136.3409049 12.8 36.3311487 136.3410691 12.8 36.3311487 136.3410691 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310934 136.3409049 8.04 36.3309876 136.3409593 8.04 36.3309876 136.3409593 12.8 36.3310934 136.3409049 12.8 36.3310934 136.3409049 8.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309876 136.3409593 12.8 36.331043 136.3411236 12.8 36.3311487 136.3410691 12.8 36.3310934 136.3409049 12.8 36.3309876 136.3409593 12.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">196.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">203.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2383</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_009ebae4-5161-463e-a40c-457645b706bf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311842 136.3409576 0 36.3312598 136.3409187 0 36.3312312 136.3408339 0 36.3311556 136.3408728 0 36.3311842 136.3409576 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311556 136.3408728 7.97 36.3312312 136.3408339 7.97 36.3312598 136.3409187 7.97 36.3311842 136.3409576 7.97 36.3311556 136.3408728 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311842 136.3409576 7.97 36.3312598 136.3409187 7.97 36.3312598 136.3409187 12.91 36.3311842 136.3409576 12.91 36.3311842 136.3409576 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312598 136.3409187 7.97 36.3312312 136.3408339 7.97 36.3312312 136.3408339 12.91 36.3312598 136.3409187 12.91 36.3312598 136.3409187 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312312 136.3408339 7.97 36.3311556 136.3408728 7.97 36.3311556 136.3408728 12.91 36.3312312 136.3408339 12.91 36.3312312 136.3408339 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311556 136.3408728 7.97 36.3311842 136.3409576 7.97 36.3311842 136.3409576 12.91 36.3311556 136.3408728 12.91 36.3311556 136.3408728 7.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311842 136.3409576 12.91 36.3312598 136.3409187 12.91 36.3312312 136.3408339 12.91 36.3311556 136.3408728 12.91 36.3311842 136.3409576 12.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">66.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2384</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1d61636b-e22e-4c88-8e7b-4da33808fc03">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306568 136.3403923 0 36.3306064 136.3402429 0 36.3305213 136.3402867 0 36.3305717 136.3404361 0 36.3306568 136.3403923 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305717 136.3404361 8.23 36.3305213 136.3402867 8.23 36.3306064 136.3402429 8.23 36.3306568 136.3403923 8.23 36.3305717 136.3404361 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306568 136.3403923 8.23 36.3306064 136.3402429 8.23 36.3306064 136.3402429 15.37 36.3306568 136.3403923 15.37 36.3306568 136.3403923 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306064 136.3402429 8.23 36.3305213 136.3402867 8.23 36.3305213 136.3402867 15.37 36.3306064 136.3402429 15.37 36.3306064 136.3402429 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305213 136.3402867 8.23 36.3305717 136.3404361 8.23 36.3305717 136.3404361 15.37 36.3305213 136.3402867 15.37 36.3305213 136.3402867 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305717 136.3404361 8.23 36.3306568 136.3403923 8.23 36.3306568 136.3403923 15.37 36.3305717 136.3404361 15.37 36.3305717 136.3404361 8.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306568 136.3403923 15.37 36.3306064 136.3402429 15.37 36.3305213 136.3402867 15.37 36.3305717 136.3404361 15.37 36.3306568 136.3403923 15.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">271.31</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">148.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2385</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5a0432b5-2b54-4992-b901-614ff2641d9a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306647 136.3404643 0 36.3305829 136.3405064 0 36.3306094 136.340585 0 36.3306912 136.3405429 0 36.3306647 136.3404643 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306912 136.3405429 8.25 36.3306094 136.340585 8.25 36.3305829 136.3405064 8.25 36.3306647 136.3404643 8.25 36.3306912 136.3405429 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306647 136.3404643 8.25 36.3305829 136.3405064 8.25 36.3305829 136.3405064 13.67 36.3306647 136.3404643 13.67 36.3306647 136.3404643 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305829 136.3405064 8.25 36.3306094 136.340585 8.25 36.3306094 136.340585 13.67 36.3305829 136.3405064 13.67 36.3305829 136.3405064 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306094 136.340585 8.25 36.3306912 136.3405429 8.25 36.3306912 136.3405429 13.67 36.3306094 136.340585 13.67 36.3306094 136.340585 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306912 136.3405429 8.25 36.3306647 136.3404643 8.25 36.3306647 136.3404643 13.67 36.3306912 136.3405429 13.67 36.3306912 136.3405429 8.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306647 136.3404643 13.67 36.3305829 136.3405064 13.67 36.3306094 136.340585 13.67 36.3306912 136.3405429 13.67 36.3306647 136.3404643 13.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">65.91</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2386</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_5bef2506-dc45-48da-b3a6-beaa79a6c4da">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307138 136.3406733 0 36.330639 136.3407118 0 36.3306695 136.3408025 0 36.3307444 136.3407639 0 36.3307138 136.3406733 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307444 136.3407639 8.3 36.3306695 136.3408025 8.3 36.330639 136.3407118 8.3 36.3307138 136.3406733 8.3 36.3307444 136.3407639 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307138 136.3406733 8.3 36.330639 136.3407118 8.3 36.330639 136.3407118 12.14 36.3307138 136.3406733 12.14 36.3307138 136.3406733 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330639 136.3407118 8.3 36.3306695 136.3408025 8.3 36.3306695 136.3408025 12.14 36.330639 136.3407118 12.14 36.330639 136.3407118 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306695 136.3408025 8.3 36.3307444 136.3407639 8.3 36.3307444 136.3407639 12.14 36.3306695 136.3408025 12.14 36.3306695 136.3408025 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307444 136.3407639 8.3 36.3307138 136.3406733 8.3 36.3307138 136.3406733 12.14 36.3307444 136.3407639 12.14 36.3307444 136.3407639 8.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3307138 136.3406733 12.14 36.330639 136.3407118 12.14 36.3306695 136.3408025 12.14 36.3307444 136.3407639 12.14 36.3307138 136.3406733 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">79.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2387</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_45bc9793-bc37-40be-9cdd-c9fe6c3613c2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311794 136.3387007 0 36.3312344 136.338864 0 36.3313299 136.3388148 0 36.3312749 136.3386516 0 36.3311794 136.3387007 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312749 136.3386516 7.85 36.3313299 136.3388148 7.85 36.3312344 136.338864 7.85 36.3311794 136.3387007 7.85 36.3312749 136.3386516 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311794 136.3387007 7.85 36.3312344 136.338864 7.85 36.3312344 136.338864 14.54 36.3311794 136.3387007 14.54 36.3311794 136.3387007 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312344 136.338864 7.85 36.3313299 136.3388148 7.85 36.3313299 136.3388148 14.54 36.3312344 136.338864 14.54 36.3312344 136.338864 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313299 136.3388148 7.85 36.3312749 136.3386516 7.85 36.3312749 136.3386516 14.54 36.3313299 136.3388148 14.54 36.3313299 136.3388148 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312749 136.3386516 7.85 36.3311794 136.3387007 7.85 36.3311794 136.3387007 14.54 36.3312749 136.3386516 14.54 36.3312749 136.3386516 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311794 136.3387007 14.54 36.3312344 136.338864 14.54 36.3313299 136.3388148 14.54 36.3312749 136.3386516 14.54 36.3311794 136.3387007 14.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">341.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">182.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2388</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_75e5f447-e7fc-4594-a340-073c80ac11dc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313305 136.3387731 0 36.3313424 136.3388084 0 36.3313638 136.3387974 0 36.3313519 136.3387621 0 36.3313305 136.3387731 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313519 136.3387621 7.86 36.3313638 136.3387974 7.86 36.3313424 136.3388084 7.86 36.3313305 136.3387731 7.86 36.3313519 136.3387621 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313305 136.3387731 7.86 36.3313424 136.3388084 7.86 36.3313424 136.3388084 10.54 36.3313305 136.3387731 10.54 36.3313305 136.3387731 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313424 136.3388084 7.86 36.3313638 136.3387974 7.86 36.3313638 136.3387974 10.54 36.3313424 136.3388084 10.54 36.3313424 136.3388084 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313638 136.3387974 7.86 36.3313519 136.3387621 7.86 36.3313519 136.3387621 10.54 36.3313638 136.3387974 10.54 36.3313638 136.3387974 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313519 136.3387621 7.86 36.3313305 136.3387731 7.86 36.3313305 136.3387731 10.54 36.3313519 136.3387621 10.54 36.3313519 136.3387621 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313305 136.3387731 10.54 36.3313424 136.3388084 10.54 36.3313638 136.3387974 10.54 36.3313519 136.3387621 10.54 36.3313305 136.3387731 10.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">8.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">8.82</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2389</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9b9757ff-b8fa-498c-a712-cb324fb0f002">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314158 136.3388768 0 36.3314637 136.339019 0 36.3315397 136.3389798 0 36.3314918 136.3388377 0 36.3314158 136.3388768 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314918 136.3388377 7.83 36.3315397 136.3389798 7.83 36.3314637 136.339019 7.83 36.3314158 136.3388768 7.83 36.3314918 136.3388377 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314158 136.3388768 7.83 36.3314637 136.339019 7.83 36.3314637 136.339019 12.65 36.3314158 136.3388768 12.65 36.3314158 136.3388768 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314637 136.339019 7.83 36.3315397 136.3389798 7.83 36.3315397 136.3389798 12.65 36.3314637 136.339019 12.65 36.3314637 136.339019 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315397 136.3389798 7.83 36.3314918 136.3388377 7.83 36.3314918 136.3388377 12.65 36.3315397 136.3389798 12.65 36.3315397 136.3389798 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314918 136.3388377 7.83 36.3314158 136.3388768 7.83 36.3314158 136.3388768 12.65 36.3314918 136.3388377 12.65 36.3314918 136.3388377 7.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314158 136.3388768 12.65 36.3314637 136.339019 12.65 36.3315397 136.3389798 12.65 36.3314918 136.3388377 12.65 36.3314158 136.3388768 12.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">114.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">126.33</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2390</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7bf09834-f76a-431e-a925-7c4f48d5b81a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314019 136.3390322 0 36.3314171 136.3390773 0 36.3314481 136.3390613 0 36.3314329 136.3390162 0 36.3314019 136.3390322 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314329 136.3390162 7.82 36.3314481 136.3390613 7.82 36.3314171 136.3390773 7.82 36.3314019 136.3390322 7.82 36.3314329 136.3390162 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314019 136.3390322 7.82 36.3314171 136.3390773 7.82 36.3314171 136.3390773 10.81 36.3314019 136.3390322 10.81 36.3314019 136.3390322 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314171 136.3390773 7.82 36.3314481 136.3390613 7.82 36.3314481 136.3390613 10.81 36.3314171 136.3390773 10.81 36.3314171 136.3390773 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314481 136.3390613 7.82 36.3314329 136.3390162 7.82 36.3314329 136.3390162 10.81 36.3314481 136.3390613 10.81 36.3314481 136.3390613 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314329 136.3390162 7.82 36.3314019 136.3390322 7.82 36.3314019 136.3390322 10.81 36.3314329 136.3390162 10.81 36.3314329 136.3390162 7.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314019 136.3390322 10.81 36.3314171 136.3390773 10.81 36.3314481 136.3390613 10.81 36.3314329 136.3390162 10.81 36.3314019 136.3390322 10.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">15.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">16.35</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2391</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b75fa6c7-c172-4400-ae3d-21bad2caed39">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331336 136.3391627 0 36.3313804 136.3392946 0 36.3314819 136.3392423 0 36.3314374 136.3391104 0 36.331336 136.3391627 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314374 136.3391104 7.75 36.3314819 136.3392423 7.75 36.3313804 136.3392946 7.75 36.331336 136.3391627 7.75 36.3314374 136.3391104 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331336 136.3391627 7.75 36.3313804 136.3392946 7.75 36.3313804 136.3392946 14.82 36.331336 136.3391627 14.82 36.331336 136.3391627 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313804 136.3392946 7.75 36.3314819 136.3392423 7.75 36.3314819 136.3392423 14.82 36.3313804 136.3392946 14.82 36.3313804 136.3392946 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314819 136.3392423 7.75 36.3314374 136.3391104 7.75 36.3314374 136.3391104 14.82 36.3314819 136.3392423 14.82 36.3314819 136.3392423 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314374 136.3391104 7.75 36.331336 136.3391627 7.75 36.331336 136.3391627 14.82 36.3314374 136.3391104 14.82 36.3314374 136.3391104 7.75</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331336 136.3391627 14.82 36.3313804 136.3392946 14.82 36.3314819 136.3392423 14.82 36.3314374 136.3391104 14.82 36.331336 136.3391627 14.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">262.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">156.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2392</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6f9cdc6b-a9d5-4c48-9a35-e7cf74235d7d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314765 136.3391828 0 36.3314944 136.3392359 0 36.3315299 136.3392176 0 36.331512 136.3391645 0 36.3314765 136.3391828 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331512 136.3391645 7.74 36.3315299 136.3392176 7.74 36.3314944 136.3392359 7.74 36.3314765 136.3391828 7.74 36.331512 136.3391645 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314765 136.3391828 7.74 36.3314944 136.3392359 7.74 36.3314944 136.3392359 10.26 36.3314765 136.3391828 10.26 36.3314765 136.3391828 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314944 136.3392359 7.74 36.3315299 136.3392176 7.74 36.3315299 136.3392176 10.26 36.3314944 136.3392359 10.26 36.3314944 136.3392359 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315299 136.3392176 7.74 36.331512 136.3391645 7.74 36.331512 136.3391645 10.26 36.3315299 136.3392176 10.26 36.3315299 136.3392176 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331512 136.3391645 7.74 36.3314765 136.3391828 7.74 36.3314765 136.3391828 10.26 36.331512 136.3391645 10.26 36.331512 136.3391645 7.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314765 136.3391828 10.26 36.3314944 136.3392359 10.26 36.3315299 136.3392176 10.26 36.331512 136.3391645 10.26 36.3314765 136.3391828 10.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">21.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">22.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2393</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fa390c43-f39f-4c1d-9d7c-15e75ca290d9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311193 136.3388865 0 36.3310657 136.3387273 0 36.3309756 136.3387737 0 36.3310293 136.3389329 0 36.3311193 136.3388865 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310293 136.3389329 7.87 36.3309756 136.3387737 7.87 36.3310657 136.3387273 7.87 36.3311193 136.3388865 7.87 36.3310293 136.3389329 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311193 136.3388865 7.87 36.3310657 136.3387273 7.87 36.3310657 136.3387273 12.1 36.3311193 136.3388865 12.1 36.3311193 136.3388865 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310657 136.3387273 7.87 36.3309756 136.3387737 7.87 36.3309756 136.3387737 12.1 36.3310657 136.3387273 12.1 36.3310657 136.3387273 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309756 136.3387737 7.87 36.3310293 136.3389329 7.87 36.3310293 136.3389329 12.1 36.3309756 136.3387737 12.1 36.3309756 136.3387737 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310293 136.3389329 7.87 36.3311193 136.3388865 7.87 36.3311193 136.3388865 12.1 36.3310293 136.3389329 12.1 36.3310293 136.3389329 7.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311193 136.3388865 12.1 36.3310657 136.3387273 12.1 36.3309756 136.3387737 12.1 36.3310293 136.3389329 12.1 36.3311193 136.3388865 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">140.06</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">167.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2394</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8e7dc148-2470-4532-9f8d-1dd2ad22efc3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311537 136.3390338 0 36.3311244 136.3389468 0 36.3310662 136.3389767 0 36.3310956 136.3390638 0 36.3311537 136.3390338 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310956 136.3390638 7.86 36.3310662 136.3389767 7.86 36.3311244 136.3389468 7.86 36.3311537 136.3390338 7.86 36.3310956 136.3390638 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311537 136.3390338 7.86 36.3311244 136.3389468 7.86 36.3311244 136.3389468 11.7 36.3311537 136.3390338 11.7 36.3311537 136.3390338 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311244 136.3389468 7.86 36.3310662 136.3389767 7.86 36.3310662 136.3389767 11.7 36.3311244 136.3389468 11.7 36.3311244 136.3389468 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310662 136.3389767 7.86 36.3310956 136.3390638 7.86 36.3310956 136.3390638 11.7 36.3310662 136.3389767 11.7 36.3310662 136.3389767 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310956 136.3390638 7.86 36.3311537 136.3390338 7.86 36.3311537 136.3390338 11.7 36.3310956 136.3390638 11.7 36.3310956 136.3390638 7.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311537 136.3390338 11.7 36.3311244 136.3389468 11.7 36.3310662 136.3389767 11.7 36.3310956 136.3390638 11.7 36.3311537 136.3390338 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">58.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">59.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2395</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_71629177-c7a0-462c-9725-3f41753b7358">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312682 136.3393441 0 36.3312335 136.3392411 0 36.3311834 136.3392669 0 36.3312181 136.3393699 0 36.3312682 136.3393441 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312181 136.3393699 7.85 36.3311834 136.3392669 7.85 36.3312335 136.3392411 7.85 36.3312682 136.3393441 7.85 36.3312181 136.3393699 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312682 136.3393441 7.85 36.3312335 136.3392411 7.85 36.3312335 136.3392411 12.32 36.3312682 136.3393441 12.32 36.3312682 136.3393441 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312335 136.3392411 7.85 36.3311834 136.3392669 7.85 36.3311834 136.3392669 12.32 36.3312335 136.3392411 12.32 36.3312335 136.3392411 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311834 136.3392669 7.85 36.3312181 136.3393699 7.85 36.3312181 136.3393699 12.32 36.3311834 136.3392669 12.32 36.3311834 136.3392669 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312181 136.3393699 7.85 36.3312682 136.3393441 7.85 36.3312682 136.3393441 12.32 36.3312181 136.3393699 12.32 36.3312181 136.3393699 7.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312682 136.3393441 12.32 36.3312335 136.3392411 12.32 36.3311834 136.3392669 12.32 36.3312181 136.3393699 12.32 36.3312682 136.3393441 12.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">57.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">60.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2396</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e7f709a9-9560-42c0-bf7d-764211355513">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316745 136.3401676 0 36.3317223 136.3403092 0 36.3317935 136.3402725 0 36.3317458 136.3401309 0 36.3316745 136.3401676 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317458 136.3401309 7.56 36.3317935 136.3402725 7.56 36.3317223 136.3403092 7.56 36.3316745 136.3401676 7.56 36.3317458 136.3401309 7.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316745 136.3401676 7.56 36.3317223 136.3403092 7.56 36.3317223 136.3403092 12.64 36.3316745 136.3401676 12.64 36.3316745 136.3401676 7.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317223 136.3403092 7.56 36.3317935 136.3402725 7.56 36.3317935 136.3402725 12.64 36.3317223 136.3403092 12.64 36.3317223 136.3403092 7.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317935 136.3402725 7.56 36.3317458 136.3401309 7.56 36.3317458 136.3401309 12.64 36.3317935 136.3402725 12.64 36.3317935 136.3402725 7.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317458 136.3401309 7.56 36.3316745 136.3401676 7.56 36.3316745 136.3401676 12.64 36.3317458 136.3401309 12.64 36.3317458 136.3401309 7.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316745 136.3401676 12.64 36.3317223 136.3403092 12.64 36.3317935 136.3402725 12.64 36.3317458 136.3401309 12.64 36.3316745 136.3401676 12.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">117.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">118.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2397</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9c172c0a-51ce-47f5-8861-f9f653b849df">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317748 136.3404013 0 36.3318327 136.3405731 0 36.3319228 136.3405267 0 36.3318649 136.3403549 0 36.3317748 136.3404013 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318649 136.3403549 7.54 36.3319228 136.3405267 7.54 36.3318327 136.3405731 7.54 36.3317748 136.3404013 7.54 36.3318649 136.3403549 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317748 136.3404013 7.54 36.3318327 136.3405731 7.54 36.3318327 136.3405731 11.87 36.3317748 136.3404013 11.87 36.3317748 136.3404013 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318327 136.3405731 7.54 36.3319228 136.3405267 7.54 36.3319228 136.3405267 11.87 36.3318327 136.3405731 11.87 36.3318327 136.3405731 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319228 136.3405267 7.54 36.3318649 136.3403549 7.54 36.3318649 136.3403549 11.87 36.3319228 136.3405267 11.87 36.3319228 136.3405267 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318649 136.3403549 7.54 36.3317748 136.3404013 7.54 36.3317748 136.3404013 11.87 36.3318649 136.3403549 11.87 36.3318649 136.3403549 7.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317748 136.3404013 11.87 36.3318327 136.3405731 11.87 36.3319228 136.3405267 11.87 36.3318649 136.3403549 11.87 36.3317748 136.3404013 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">173.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">181.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2398</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_77f91409-81c5-463c-9eb2-6167296d7695">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315047 136.3400224 0 36.3314758 136.3399366 0 36.3314143 136.3399683 0 36.3314432 136.340054 0 36.3315047 136.3400224 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314432 136.340054 7.64 36.3314143 136.3399683 7.64 36.3314758 136.3399366 7.64 36.3315047 136.3400224 7.64 36.3314432 136.340054 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315047 136.3400224 7.64 36.3314758 136.3399366 7.64 36.3314758 136.3399366 14.3 36.3315047 136.3400224 14.3 36.3315047 136.3400224 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314758 136.3399366 7.64 36.3314143 136.3399683 7.64 36.3314143 136.3399683 14.3 36.3314758 136.3399366 14.3 36.3314758 136.3399366 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314143 136.3399683 7.64 36.3314432 136.340054 7.64 36.3314432 136.340054 14.3 36.3314143 136.3399683 14.3 36.3314143 136.3399683 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314432 136.340054 7.64 36.3315047 136.3400224 7.64 36.3315047 136.3400224 14.3 36.3314432 136.340054 14.3 36.3314432 136.340054 7.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315047 136.3400224 14.3 36.3314758 136.3399366 14.3 36.3314143 136.3399683 14.3 36.3314432 136.340054 14.3 36.3315047 136.3400224 14.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">115.6</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">61.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2399</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f60d844f-6655-444a-9bc6-ced4c2968699">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316211 136.3403454 0 36.3315797 136.3402224 0 36.3315046 136.3402611 0 36.3315461 136.340384 0 36.3316211 136.3403454 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315461 136.340384 7.63 36.3315046 136.3402611 7.63 36.3315797 136.3402224 7.63 36.3316211 136.3403454 7.63 36.3315461 136.340384 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316211 136.3403454 7.63 36.3315797 136.3402224 7.63 36.3315797 136.3402224 14.14 36.3316211 136.3403454 14.14 36.3316211 136.3403454 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315797 136.3402224 7.63 36.3315046 136.3402611 7.63 36.3315046 136.3402611 14.14 36.3315797 136.3402224 14.14 36.3315797 136.3402224 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315046 136.3402611 7.63 36.3315461 136.340384 7.63 36.3315461 136.340384 14.14 36.3315046 136.3402611 14.14 36.3315046 136.3402611 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315461 136.340384 7.63 36.3316211 136.3403454 7.63 36.3316211 136.3403454 14.14 36.3315461 136.340384 14.14 36.3315461 136.340384 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316211 136.3403454 14.14 36.3315797 136.3402224 14.14 36.3315046 136.3402611 14.14 36.3315461 136.340384 14.14 36.3316211 136.3403454 14.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">107.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2400</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3a7bff49-719a-48a8-ae96-cd29fd039be8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331522 136.3403562 0 36.3314893 136.340373 0 36.3315009 136.3404073 0 36.3315336 136.3403904 0 36.331522 136.3403562 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315336 136.3403904 7.66 36.3315009 136.3404073 7.66 36.3314893 136.340373 7.66 36.331522 136.3403562 7.66 36.3315336 136.3403904 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331522 136.3403562 7.66 36.3314893 136.340373 7.66 36.3314893 136.340373 10.31 36.331522 136.3403562 10.31 36.331522 136.3403562 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3314893 136.340373 7.66 36.3315009 136.3404073 7.66 36.3315009 136.3404073 10.31 36.3314893 136.340373 10.31 36.3314893 136.340373 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315009 136.3404073 7.66 36.3315336 136.3403904 7.66 36.3315336 136.3403904 10.31 36.3315009 136.3404073 10.31 36.3315009 136.3404073 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315336 136.3403904 7.66 36.331522 136.3403562 7.66 36.331522 136.3403562 10.31 36.3315336 136.3403904 10.31 36.3315336 136.3403904 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331522 136.3403562 10.31 36.3314893 136.340373 10.31 36.3315009 136.3404073 10.31 36.3315336 136.3403904 10.31 36.331522 136.3403562 10.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">11.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">13.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2401</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_551eec68-369c-4550-bd73-9665600b1b55">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316852 136.3405994 0 36.3316286 136.3404315 0 36.3315299 136.3404823 0 36.3315866 136.3406502 0 36.3316852 136.3405994 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315866 136.3406502 7.66 36.3315299 136.3404823 7.66 36.3316286 136.3404315 7.66 36.3316852 136.3405994 7.66 36.3315866 136.3406502 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316852 136.3405994 7.66 36.3316286 136.3404315 7.66 36.3316286 136.3404315 14.33 36.3316852 136.3405994 14.33 36.3316852 136.3405994 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316286 136.3404315 7.66 36.3315299 136.3404823 7.66 36.3315299 136.3404823 14.33 36.3316286 136.3404315 14.33 36.3316286 136.3404315 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315299 136.3404823 7.66 36.3315866 136.3406502 7.66 36.3315866 136.3406502 14.33 36.3315299 136.3404823 14.33 36.3315299 136.3404823 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3315866 136.3406502 7.66 36.3316852 136.3405994 7.66 36.3316852 136.3405994 14.33 36.3315866 136.3406502 14.33 36.3315866 136.3406502 7.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316852 136.3405994 14.33 36.3316286 136.3404315 14.33 36.3315299 136.3404823 14.33 36.3315866 136.3406502 14.33 36.3316852 136.3405994 14.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">325.64</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">193.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2402</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_eca6716e-f710-40d8-a2fb-e6f301ba0dd8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320277 136.3412054 0 36.3320762 136.3413492 0 36.3321316 136.3413206 0 36.3320832 136.3411769 0 36.3320277 136.3412054 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320832 136.3411769 7.61 36.3321316 136.3413206 7.61 36.3320762 136.3413492 7.61 36.3320277 136.3412054 7.61 36.3320832 136.3411769 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320277 136.3412054 7.61 36.3320762 136.3413492 7.61 36.3320762 136.3413492 12.24 36.3320277 136.3412054 12.24 36.3320277 136.3412054 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320762 136.3413492 7.61 36.3321316 136.3413206 7.61 36.3321316 136.3413206 12.24 36.3320762 136.3413492 12.24 36.3320762 136.3413492 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3321316 136.3413206 7.61 36.3320832 136.3411769 7.61 36.3320832 136.3411769 12.24 36.3321316 136.3413206 12.24 36.3321316 136.3413206 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320832 136.3411769 7.61 36.3320277 136.3412054 7.61 36.3320277 136.3412054 12.24 36.3320832 136.3411769 12.24 36.3320832 136.3411769 7.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3320277 136.3412054 12.24 36.3320762 136.3413492 12.24 36.3321316 136.3413206 12.24 36.3320832 136.3411769 12.24 36.3320277 136.3412054 12.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">93.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2403</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_be98a965-101a-44af-a43f-95d1321ef62c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1964</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318723 136.3411538 0 36.3318391 136.3410554 0 36.3317631 136.3410945 0 36.3317963 136.3411929 0 36.3318723 136.3411538 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317963 136.3411929 7.68 36.3317631 136.3410945 7.68 36.3318391 136.3410554 7.68 36.3318723 136.3411538 7.68 36.3317963 136.3411929 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318723 136.3411538 7.68 36.3318391 136.3410554 7.68 36.3318391 136.3410554 14.76 36.3318723 136.3411538 14.76 36.3318723 136.3411538 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318391 136.3410554 7.68 36.3317631 136.3410945 7.68 36.3317631 136.3410945 14.76 36.3318391 136.3410554 14.76 36.3318391 136.3410554 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317631 136.3410945 7.68 36.3317963 136.3411929 7.68 36.3317963 136.3411929 14.76 36.3317631 136.3410945 14.76 36.3317631 136.3410945 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317963 136.3411929 7.68 36.3318723 136.3411538 7.68 36.3318723 136.3411538 14.76 36.3317963 136.3411929 14.76 36.3317963 136.3411929 7.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318723 136.3411538 14.76 36.3318391 136.3410554 14.76 36.3317631 136.3410945 14.76 36.3317963 136.3411929 14.76 36.3318723 136.3411538 14.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.02</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2404</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_301c0092-cc14-4a4f-86ee-71b9f56c0558">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319328 136.3413453 0 36.3318827 136.3411968 0 36.3317811 136.3412491 0 36.3318312 136.3413976 0 36.3319328 136.3413453 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318312 136.3413976 7.63 36.3317811 136.3412491 7.63 36.3318827 136.3411968 7.63 36.3319328 136.3413453 7.63 36.3318312 136.3413976 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319328 136.3413453 7.63 36.3318827 136.3411968 7.63 36.3318827 136.3411968 15.08 36.3319328 136.3413453 15.08 36.3319328 136.3413453 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318827 136.3411968 7.63 36.3317811 136.3412491 7.63 36.3317811 136.3412491 15.08 36.3318827 136.3411968 15.08 36.3318827 136.3411968 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317811 136.3412491 7.63 36.3318312 136.3413976 7.63 36.3318312 136.3413976 15.08 36.3317811 136.3412491 15.08 36.3317811 136.3412491 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3318312 136.3413976 7.63 36.3319328 136.3413453 7.63 36.3319328 136.3413453 15.08 36.3318312 136.3413976 15.08 36.3318312 136.3413976 7.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3319328 136.3413453 15.08 36.3318827 136.3411968 15.08 36.3317811 136.3412491 15.08 36.3318312 136.3413976 15.08 36.3319328 136.3413453 15.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">321.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">176.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2405</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4567c43a-0cd0-4c10-b343-9539803465cc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317809 136.3414015 0 36.3317372 136.3412717 0 36.331651 136.3413161 0 36.3316948 136.3414458 0 36.3317809 136.3414015 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316948 136.3414458 7.67 36.331651 136.3413161 7.67 36.3317372 136.3412717 7.67 36.3317809 136.3414015 7.67 36.3316948 136.3414458 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317809 136.3414015 7.67 36.3317372 136.3412717 7.67 36.3317372 136.3412717 14.86 36.3317809 136.3414015 14.86 36.3317809 136.3414015 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317372 136.3412717 7.67 36.331651 136.3413161 7.67 36.331651 136.3413161 14.86 36.3317372 136.3412717 14.86 36.3317372 136.3412717 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331651 136.3413161 7.67 36.3316948 136.3414458 7.67 36.3316948 136.3414458 14.86 36.331651 136.3413161 14.86 36.331651 136.3413161 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3316948 136.3414458 7.67 36.3317809 136.3414015 7.67 36.3317809 136.3414015 14.86 36.3316948 136.3414458 14.86 36.3316948 136.3414458 7.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3317809 136.3414015 14.86 36.3317372 136.3412717 14.86 36.331651 136.3413161 14.86 36.3316948 136.3414458 14.86 36.3317809 136.3414015 14.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">226.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2406</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e00feebf-7432-4d65-8c67-be778b6fe4d6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325282 136.3457092 0 36.3253762 136.3456607 0 36.3253504 136.3455842 0 36.3252562 136.3456327 0 36.325282 136.3457092 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252562 136.3456327 8.97 36.3253504 136.3455842 8.97 36.3253762 136.3456607 8.97 36.325282 136.3457092 8.97 36.3252562 136.3456327 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325282 136.3457092 8.97 36.3253762 136.3456607 8.97 36.3253762 136.3456607 12.95 36.325282 136.3457092 12.95 36.325282 136.3457092 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253762 136.3456607 8.97 36.3253504 136.3455842 8.97 36.3253504 136.3455842 12.95 36.3253762 136.3456607 12.95 36.3253762 136.3456607 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3253504 136.3455842 8.97 36.3252562 136.3456327 8.97 36.3252562 136.3456327 12.95 36.3253504 136.3455842 12.95 36.3253504 136.3455842 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3252562 136.3456327 8.97 36.325282 136.3457092 8.97 36.325282 136.3457092 12.95 36.3252562 136.3456327 12.95 36.3252562 136.3456327 8.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325282 136.3457092 12.95 36.3253762 136.3456607 12.95 36.3253504 136.3455842 12.95 36.3252562 136.3456327 12.95 36.325282 136.3457092 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">72.49</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">84.23</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2752</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6e4b7ab9-3b0d-4d1d-a429-b7a33be4850e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256465 136.3455036 0 36.3257476 136.3454515 0 36.3257187 136.3453659 0 36.3256176 136.3454179 0 36.3256465 136.3455036 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256176 136.3454179 8.95 36.3257187 136.3453659 8.95 36.3257476 136.3454515 8.95 36.3256465 136.3455036 8.95 36.3256176 136.3454179 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256465 136.3455036 8.95 36.3257476 136.3454515 8.95 36.3257476 136.3454515 15.8 36.3256465 136.3455036 15.8 36.3256465 136.3455036 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257476 136.3454515 8.95 36.3257187 136.3453659 8.95 36.3257187 136.3453659 15.8 36.3257476 136.3454515 15.8 36.3257476 136.3454515 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257187 136.3453659 8.95 36.3256176 136.3454179 8.95 36.3256176 136.3454179 15.8 36.3257187 136.3453659 15.8 36.3257187 136.3453659 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256176 136.3454179 8.95 36.3256465 136.3455036 8.95 36.3256465 136.3455036 15.8 36.3256176 136.3454179 15.8 36.3256176 136.3454179 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256465 136.3455036 15.8 36.3257476 136.3454515 15.8 36.3257187 136.3453659 15.8 36.3256176 136.3454179 15.8 36.3256465 136.3455036 15.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">178.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2754</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8873e1a2-6679-4c2b-aa66-56c9a0d10dc3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2009</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257721 136.3454284 0 36.325876 136.3453749 0 36.3258491 136.3452949 0 36.3257452 136.3453485 0 36.3257721 136.3454284 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257452 136.3453485 8.95 36.3258491 136.3452949 8.95 36.325876 136.3453749 8.95 36.3257721 136.3454284 8.95 36.3257452 136.3453485 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257721 136.3454284 8.95 36.325876 136.3453749 8.95 36.325876 136.3453749 15.57 36.3257721 136.3454284 15.57 36.3257721 136.3454284 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.325876 136.3453749 8.95 36.3258491 136.3452949 8.95 36.3258491 136.3452949 15.57 36.325876 136.3453749 15.57 36.325876 136.3453749 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258491 136.3452949 8.95 36.3257452 136.3453485 8.95 36.3257452 136.3453485 15.57 36.3258491 136.3452949 15.57 36.3258491 136.3452949 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257452 136.3453485 8.95 36.3257721 136.3454284 8.95 36.3257721 136.3454284 15.57 36.3257452 136.3453485 15.57 36.3257452 136.3453485 8.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257721 136.3454284 15.57 36.325876 136.3453749 15.57 36.3258491 136.3452949 15.57 36.3257452 136.3453485 15.57 36.3257721 136.3454284 15.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">176.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">97.12</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2755</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2c60c1a4-73cf-4121-b468-cef759c42d16">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259257 136.3455327 0 36.3258397 136.345577 0 36.3258744 136.3456797 0 36.3259604 136.3456355 0 36.3259257 136.3455327 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259604 136.3456355 8.78 36.3258744 136.3456797 8.78 36.3258397 136.345577 8.78 36.3259257 136.3455327 8.78 36.3259604 136.3456355 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259257 136.3455327 8.78 36.3258397 136.345577 8.78 36.3258397 136.345577 15.28 36.3259257 136.3455327 15.28 36.3259257 136.3455327 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258397 136.345577 8.78 36.3258744 136.3456797 8.78 36.3258744 136.3456797 15.28 36.3258397 136.345577 15.28 36.3258397 136.345577 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258744 136.3456797 8.78 36.3259604 136.3456355 8.78 36.3259604 136.3456355 15.28 36.3258744 136.3456797 15.28 36.3258744 136.3456797 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259604 136.3456355 8.78 36.3259257 136.3455327 8.78 36.3259257 136.3455327 15.28 36.3259604 136.3456355 15.28 36.3259604 136.3456355 8.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259257 136.3455327 15.28 36.3258397 136.345577 15.28 36.3258744 136.3456797 15.28 36.3259604 136.3456355 15.28 36.3259257 136.3455327 15.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">190.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2756</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d82afb94-6018-40dd-8860-ea617788126c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259778 136.345694 0 36.3258938 136.3457373 0 36.3259248 136.3458292 0 36.3260088 136.3457859 0 36.3259778 136.345694 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260088 136.3457859 8.67 36.3259248 136.3458292 8.67 36.3258938 136.3457373 8.67 36.3259778 136.345694 8.67 36.3260088 136.3457859 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259778 136.345694 8.67 36.3258938 136.3457373 8.67 36.3258938 136.3457373 15.6 36.3259778 136.345694 15.6 36.3259778 136.345694 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258938 136.3457373 8.67 36.3259248 136.3458292 8.67 36.3259248 136.3458292 15.6 36.3258938 136.3457373 15.6 36.3258938 136.3457373 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259248 136.3458292 8.67 36.3260088 136.3457859 8.67 36.3260088 136.3457859 15.6 36.3259248 136.3458292 15.6 36.3259248 136.3458292 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260088 136.3457859 8.67 36.3259778 136.345694 8.67 36.3259778 136.345694 15.6 36.3260088 136.3457859 15.6 36.3260088 136.3457859 8.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259778 136.345694 15.6 36.3258938 136.3457373 15.6 36.3259248 136.3458292 15.6 36.3260088 136.3457859 15.6 36.3259778 136.345694 15.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2757</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_44c663d2-92e4-46e9-9bf9-fd0f4110cd82">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1963</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274468 136.3445661 0 36.3275415 136.3445173 0 36.3275108 136.3444263 0 36.3274161 136.3444751 0 36.3274468 136.3445661 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274161 136.3444751 9.02 36.3275108 136.3444263 9.02 36.3275415 136.3445173 9.02 36.3274468 136.3445661 9.02 36.3274161 136.3444751 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274468 136.3445661 9.02 36.3275415 136.3445173 9.02 36.3275415 136.3445173 13.9 36.3274468 136.3445661 13.9 36.3274468 136.3445661 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275415 136.3445173 9.02 36.3275108 136.3444263 9.02 36.3275108 136.3444263 13.9 36.3275415 136.3445173 13.9 36.3275415 136.3445173 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275108 136.3444263 9.02 36.3274161 136.3444751 9.02 36.3274161 136.3444751 13.9 36.3275108 136.3444263 13.9 36.3275108 136.3444263 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274161 136.3444751 9.02 36.3274468 136.3445661 9.02 36.3274468 136.3445661 13.9 36.3274161 136.3444751 13.9 36.3274161 136.3444751 9.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274468 136.3445661 13.9 36.3275415 136.3445173 13.9 36.3275108 136.3444263 13.9 36.3274161 136.3444751 13.9 36.3274468 136.3445661 13.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">84.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2758</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f4579981-884c-4467-9ca4-caf339cd9903">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276733 136.3444041 0 36.3277876 136.3443453 0 36.3277586 136.3442594 0 36.3276444 136.3443182 0 36.3276733 136.3444041 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276444 136.3443182 9.03 36.3277586 136.3442594 9.03 36.3277876 136.3443453 9.03 36.3276733 136.3444041 9.03 36.3276444 136.3443182 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276733 136.3444041 9.03 36.3277876 136.3443453 9.03 36.3277876 136.3443453 12.77 36.3276733 136.3444041 12.77 36.3276733 136.3444041 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277876 136.3443453 9.03 36.3277586 136.3442594 9.03 36.3277586 136.3442594 12.77 36.3277876 136.3443453 12.77 36.3277876 136.3443453 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3277586 136.3442594 9.03 36.3276444 136.3443182 9.03 36.3276444 136.3443182 12.77 36.3277586 136.3442594 12.77 36.3277586 136.3442594 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276444 136.3443182 9.03 36.3276733 136.3444041 9.03 36.3276733 136.3444041 12.77 36.3276444 136.3443182 12.77 36.3276444 136.3443182 9.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3276733 136.3444041 12.77 36.3277876 136.3443453 12.77 36.3277586 136.3442594 12.77 36.3276444 136.3443182 12.77 36.3276733 136.3444041 12.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">112.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">114.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2759</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9e891a3f-a52f-422b-9961-9271060d3157">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280021 136.3442995 0 36.3280735 136.3442627 0 36.3280462 136.3441817 0 36.3279748 136.3442185 0 36.3280021 136.3442995 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279748 136.3442185 8.99 36.3280462 136.3441817 8.99 36.3280735 136.3442627 8.99 36.3280021 136.3442995 8.99 36.3279748 136.3442185 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280021 136.3442995 8.99 36.3280735 136.3442627 8.99 36.3280735 136.3442627 15.23 36.3280021 136.3442995 15.23 36.3280021 136.3442995 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280735 136.3442627 8.99 36.3280462 136.3441817 8.99 36.3280462 136.3441817 15.23 36.3280735 136.3442627 15.23 36.3280735 136.3442627 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280462 136.3441817 8.99 36.3279748 136.3442185 8.99 36.3279748 136.3442185 15.23 36.3280462 136.3441817 15.23 36.3280462 136.3441817 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279748 136.3442185 8.99 36.3280021 136.3442995 8.99 36.3280021 136.3442995 15.23 36.3279748 136.3442185 15.23 36.3279748 136.3442185 8.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280021 136.3442995 15.23 36.3280735 136.3442627 15.23 36.3280462 136.3441817 15.23 36.3279748 136.3442185 15.23 36.3280021 136.3442995 15.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">121.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2760</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4e4f34da-5773-4e78-a373-7f25c8b82d8b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329499 136.3434819 0 36.3296319 136.3434135 0 36.3296095 136.3433472 0 36.3294767 136.3434156 0 36.329499 136.3434819 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294767 136.3434156 8.48 36.3296095 136.3433472 8.48 36.3296319 136.3434135 8.48 36.329499 136.3434819 8.48 36.3294767 136.3434156 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329499 136.3434819 8.48 36.3296319 136.3434135 8.48 36.3296319 136.3434135 13.52 36.329499 136.3434819 13.52 36.329499 136.3434819 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296319 136.3434135 8.48 36.3296095 136.3433472 8.48 36.3296095 136.3433472 13.52 36.3296319 136.3434135 13.52 36.3296319 136.3434135 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3296095 136.3433472 8.48 36.3294767 136.3434156 8.48 36.3294767 136.3434156 13.52 36.3296095 136.3433472 13.52 36.3296095 136.3433472 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294767 136.3434156 8.48 36.329499 136.3434819 8.48 36.329499 136.3434819 13.52 36.3294767 136.3434156 13.52 36.3294767 136.3434156 8.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329499 136.3434819 13.52 36.3296319 136.3434135 13.52 36.3296095 136.3433472 13.52 36.3294767 136.3434156 13.52 36.329499 136.3434819 13.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">84.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2761</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cd90527b-2693-423d-963a-6bca38bf713b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281889 136.3443634 0 36.3280995 136.3444094 0 36.3281217 136.3444752 0 36.3282111 136.3444292 0 36.3281889 136.3443634 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282111 136.3444292 8.87 36.3281217 136.3444752 8.87 36.3280995 136.3444094 8.87 36.3281889 136.3443634 8.87 36.3282111 136.3444292 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281889 136.3443634 8.87 36.3280995 136.3444094 8.87 36.3280995 136.3444094 12.82 36.3281889 136.3443634 12.82 36.3281889 136.3443634 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280995 136.3444094 8.87 36.3281217 136.3444752 8.87 36.3281217 136.3444752 12.82 36.3280995 136.3444094 12.82 36.3280995 136.3444094 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281217 136.3444752 8.87 36.3282111 136.3444292 8.87 36.3282111 136.3444292 12.82 36.3281217 136.3444752 12.82 36.3281217 136.3444752 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282111 136.3444292 8.87 36.3281889 136.3443634 8.87 36.3281889 136.3443634 12.82 36.3282111 136.3444292 12.82 36.3282111 136.3444292 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281889 136.3443634 12.82 36.3280995 136.3444094 12.82 36.3281217 136.3444752 12.82 36.3282111 136.3444292 12.82 36.3281889 136.3443634 12.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">67.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2762</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1fc3d426-b9cc-4848-937f-275a56643266">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328328 136.3443294 0 36.3282535 136.3443678 0 36.3282794 136.3444447 0 36.328354 136.3444063 0 36.328328 136.3443294 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328354 136.3444063 8.84 36.3282794 136.3444447 8.84 36.3282535 136.3443678 8.84 36.328328 136.3443294 8.84 36.328354 136.3444063 8.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328328 136.3443294 8.84 36.3282535 136.3443678 8.84 36.3282535 136.3443678 12.9 36.328328 136.3443294 12.9 36.328328 136.3443294 8.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282535 136.3443678 8.84 36.3282794 136.3444447 8.84 36.3282794 136.3444447 12.9 36.3282535 136.3443678 12.9 36.3282535 136.3443678 8.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3282794 136.3444447 8.84 36.328354 136.3444063 8.84 36.328354 136.3444063 12.9 36.3282794 136.3444447 12.9 36.3282794 136.3444447 8.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328354 136.3444063 8.84 36.328328 136.3443294 8.84 36.328328 136.3443294 12.9 36.328354 136.3444063 12.9 36.328354 136.3444063 8.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328328 136.3443294 12.9 36.3282535 136.3443678 12.9 36.3282794 136.3444447 12.9 36.328354 136.3444063 12.9 36.328328 136.3443294 12.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2763</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_97ddc301-d27e-43b8-841c-b13d8bfb274f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292263 136.3438178 0 36.3291234 136.3438708 0 36.3291656 136.3439959 0 36.3292685 136.343943 0 36.3292263 136.3438178 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292685 136.343943 8.54 36.3291656 136.3439959 8.54 36.3291234 136.3438708 8.54 36.3292263 136.3438178 8.54 36.3292685 136.343943 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292263 136.3438178 8.54 36.3291234 136.3438708 8.54 36.3291234 136.3438708 12.81 36.3292263 136.3438178 12.81 36.3292263 136.3438178 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291234 136.3438708 8.54 36.3291656 136.3439959 8.54 36.3291656 136.3439959 12.81 36.3291234 136.3438708 12.81 36.3291234 136.3438708 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291656 136.3439959 8.54 36.3292685 136.343943 8.54 36.3292685 136.343943 12.81 36.3291656 136.3439959 12.81 36.3291656 136.3439959 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292685 136.343943 8.54 36.3292263 136.3438178 8.54 36.3292263 136.3438178 12.81 36.3292685 136.343943 12.81 36.3292685 136.343943 8.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292263 136.3438178 12.81 36.3291234 136.3438708 12.81 36.3291656 136.3439959 12.81 36.3292685 136.343943 12.81 36.3292263 136.3438178 12.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">150.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2764</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ff979f02-dce6-4368-be5d-2921b59a283d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301137 136.3432162 0 36.3301808 136.3431816 0 36.3301576 136.3431129 0 36.3300905 136.3431475 0 36.3301137 136.3432162 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300905 136.3431475 8.44 36.3301576 136.3431129 8.44 36.3301808 136.3431816 8.44 36.3301137 136.3432162 8.44 36.3300905 136.3431475 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301137 136.3432162 8.44 36.3301808 136.3431816 8.44 36.3301808 136.3431816 13.34 36.3301137 136.3432162 13.34 36.3301137 136.3432162 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301808 136.3431816 8.44 36.3301576 136.3431129 8.44 36.3301576 136.3431129 13.34 36.3301808 136.3431816 13.34 36.3301808 136.3431816 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301576 136.3431129 8.44 36.3300905 136.3431475 8.44 36.3300905 136.3431475 13.34 36.3301576 136.3431129 13.34 36.3301576 136.3431129 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300905 136.3431475 8.44 36.3301137 136.3432162 8.44 36.3301137 136.3432162 13.34 36.3300905 136.3431475 13.34 36.3300905 136.3431475 8.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301137 136.3432162 13.34 36.3301808 136.3431816 13.34 36.3301576 136.3431129 13.34 36.3300905 136.3431475 13.34 36.3301137 136.3432162 13.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">53.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2765</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_294eea0d-666b-4fa2-b98b-299d67f81754">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310571 136.3427312 0 36.3311622 136.342677 0 36.331134 136.3425935 0 36.3310289 136.3426476 0 36.3310571 136.3427312 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310289 136.3426476 8.08 36.331134 136.3425935 8.08 36.3311622 136.342677 8.08 36.3310571 136.3427312 8.08 36.3310289 136.3426476 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310571 136.3427312 8.08 36.3311622 136.342677 8.08 36.3311622 136.342677 12.29 36.3310571 136.3427312 12.29 36.3310571 136.3427312 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311622 136.342677 8.08 36.331134 136.3425935 8.08 36.331134 136.3425935 12.29 36.3311622 136.342677 12.29 36.3311622 136.342677 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.331134 136.3425935 8.08 36.3310289 136.3426476 8.08 36.3310289 136.3426476 12.29 36.331134 136.3425935 12.29 36.331134 136.3425935 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310289 136.3426476 8.08 36.3310571 136.3427312 8.08 36.3310571 136.3427312 12.29 36.3310289 136.3426476 12.29 36.3310289 136.3426476 8.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310571 136.3427312 12.29 36.3311622 136.342677 12.29 36.331134 136.3425935 12.29 36.3310289 136.3426476 12.29 36.3310571 136.3427312 12.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">94.12</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2766</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_78692746-9f42-49af-b134-2a333d8adcde">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298959 136.3435399 0 36.3299239 136.343623 0 36.3299851 136.3435914 0 36.3299571 136.3435083 0 36.3298959 136.3435399 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299571 136.3435083 8.37 36.3299851 136.3435914 8.37 36.3299239 136.343623 8.37 36.3298959 136.3435399 8.37 36.3299571 136.3435083 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298959 136.3435399 8.37 36.3299239 136.343623 8.37 36.3299239 136.343623 13.7 36.3298959 136.3435399 13.7 36.3298959 136.3435399 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299239 136.343623 8.37 36.3299851 136.3435914 8.37 36.3299851 136.3435914 13.7 36.3299239 136.343623 13.7 36.3299239 136.343623 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299851 136.3435914 8.37 36.3299571 136.3435083 8.37 36.3299571 136.3435083 13.7 36.3299851 136.3435914 13.7 36.3299851 136.3435914 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3299571 136.3435083 8.37 36.3298959 136.3435399 8.37 36.3298959 136.3435399 13.7 36.3299571 136.3435083 13.7 36.3299571 136.3435083 8.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298959 136.3435399 13.7 36.3299239 136.343623 13.7 36.3299851 136.3435914 13.7 36.3299571 136.3435083 13.7 36.3298959 136.3435399 13.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">59.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2767</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_63a6cdcf-51c1-4d8a-973c-97f54d2d4fd6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1956</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291683 136.3495118 0 36.3292544 136.3494675 0 36.3292291 136.3493925 0 36.329143 136.3494368 0 36.3291683 136.3495118 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329143 136.3494368 7.35 36.3292291 136.3493925 7.35 36.3292544 136.3494675 7.35 36.3291683 136.3495118 7.35 36.329143 136.3494368 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291683 136.3495118 7.35 36.3292544 136.3494675 7.35 36.3292544 136.3494675 13.35 36.3291683 136.3495118 13.35 36.3291683 136.3495118 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292544 136.3494675 7.35 36.3292291 136.3493925 7.35 36.3292291 136.3493925 13.35 36.3292544 136.3494675 13.35 36.3292544 136.3494675 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3292291 136.3493925 7.35 36.329143 136.3494368 7.35 36.329143 136.3494368 13.35 36.3292291 136.3493925 13.35 36.3292291 136.3493925 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329143 136.3494368 7.35 36.3291683 136.3495118 7.35 36.3291683 136.3495118 13.35 36.329143 136.3494368 13.35 36.329143 136.3494368 7.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291683 136.3495118 13.35 36.3292544 136.3494675 13.35 36.3292291 136.3493925 13.35 36.329143 136.3494368 13.35 36.3291683 136.3495118 13.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.5</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2787</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_94973d66-8e04-4fcd-8762-fac6b1f3988e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293111 136.3493793 0 36.3294426 136.3493116 0 36.3294125 136.3492225 0 36.329281 136.3492902 0 36.3293111 136.3493793 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329281 136.3492902 7.19 36.3294125 136.3492225 7.19 36.3294426 136.3493116 7.19 36.3293111 136.3493793 7.19 36.329281 136.3492902 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293111 136.3493793 7.19 36.3294426 136.3493116 7.19 36.3294426 136.3493116 11.51 36.3293111 136.3493793 11.51 36.3293111 136.3493793 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294426 136.3493116 7.19 36.3294125 136.3492225 7.19 36.3294125 136.3492225 11.51 36.3294426 136.3493116 11.51 36.3294426 136.3493116 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294125 136.3492225 7.19 36.329281 136.3492902 7.19 36.329281 136.3492902 11.51 36.3294125 136.3492225 11.51 36.3294125 136.3492225 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.329281 136.3492902 7.19 36.3293111 136.3493793 7.19 36.3293111 136.3493793 11.51 36.329281 136.3492902 11.51 36.329281 136.3492902 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293111 136.3493793 11.51 36.3294426 136.3493116 11.51 36.3294125 136.3492225 11.51 36.329281 136.3492902 11.51 36.3293111 136.3493793 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">128.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">137.1</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2788</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ff3bca2b-5a8f-4cb1-8ea4-75f363e0c934">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305842 136.3487468 0 36.3306691 136.3487031 0 36.3306433 136.3486266 0 36.3305584 136.3486703 0 36.3305842 136.3487468 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305584 136.3486703 7.25 36.3306433 136.3486266 7.25 36.3306691 136.3487031 7.25 36.3305842 136.3487468 7.25 36.3305584 136.3486703 7.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305842 136.3487468 7.25 36.3306691 136.3487031 7.25 36.3306691 136.3487031 13.43 36.3305842 136.3487468 13.43 36.3305842 136.3487468 7.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306691 136.3487031 7.25 36.3306433 136.3486266 7.25 36.3306433 136.3486266 13.43 36.3306691 136.3487031 13.43 36.3306691 136.3487031 7.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3306433 136.3486266 7.25 36.3305584 136.3486703 7.25 36.3305584 136.3486703 13.43 36.3306433 136.3486266 13.43 36.3306433 136.3486266 7.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305584 136.3486703 7.25 36.3305842 136.3487468 7.25 36.3305842 136.3487468 13.43 36.3305584 136.3486703 13.43 36.3305584 136.3486703 7.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3305842 136.3487468 13.43 36.3306691 136.3487031 13.43 36.3306433 136.3486266 13.43 36.3305584 136.3486703 13.43 36.3305842 136.3487468 13.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2789</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cff75542-22bb-477f-8d78-6a4d69874f1a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288514 136.3497914 0 36.3288833 136.3498859 0 36.3289578 136.3498475 0 36.3289259 136.3497531 0 36.3288514 136.3497914 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289259 136.3497531 7.46 36.3289578 136.3498475 7.46 36.3288833 136.3498859 7.46 36.3288514 136.3497914 7.46 36.3289259 136.3497531 7.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288514 136.3497914 7.46 36.3288833 136.3498859 7.46 36.3288833 136.3498859 11.82 36.3288514 136.3497914 11.82 36.3288514 136.3497914 7.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288833 136.3498859 7.46 36.3289578 136.3498475 7.46 36.3289578 136.3498475 11.82 36.3288833 136.3498859 11.82 36.3288833 136.3498859 7.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289578 136.3498475 7.46 36.3289259 136.3497531 7.46 36.3289259 136.3497531 11.82 36.3289578 136.3498475 11.82 36.3289578 136.3498475 7.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289259 136.3497531 7.46 36.3288514 136.3497914 7.46 36.3288514 136.3497914 11.82 36.3289259 136.3497531 11.82 36.3289259 136.3497531 7.46</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288514 136.3497914 11.82 36.3288833 136.3498859 11.82 36.3289578 136.3498475 11.82 36.3289259 136.3497531 11.82 36.3288514 136.3497914 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">68.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2791</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_419120ce-63e5-4b4f-87e9-9b0e12228a07">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2021</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298117 136.3493466 0 36.3297083 136.3493999 0 36.3297401 136.3494943 0 36.3298435 136.349441 0 36.3298117 136.3493466 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298435 136.349441 7.18 36.3297401 136.3494943 7.18 36.3297083 136.3493999 7.18 36.3298117 136.3493466 7.18 36.3298435 136.349441 7.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298117 136.3493466 7.18 36.3297083 136.3493999 7.18 36.3297083 136.3493999 10.99 36.3298117 136.3493466 10.99 36.3298117 136.3493466 7.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297083 136.3493999 7.18 36.3297401 136.3494943 7.18 36.3297401 136.3494943 10.99 36.3297083 136.3493999 10.99 36.3297083 136.3493999 7.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3297401 136.3494943 7.18 36.3298435 136.349441 7.18 36.3298435 136.349441 10.99 36.3297401 136.3494943 10.99 36.3297401 136.3494943 7.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298435 136.349441 7.18 36.3298117 136.3493466 7.18 36.3298117 136.3493466 10.99 36.3298435 136.349441 10.99 36.3298435 136.349441 7.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3298117 136.3493466 10.99 36.3297083 136.3493999 10.99 36.3297401 136.3494943 10.99 36.3298435 136.349441 10.99 36.3298117 136.3493466 10.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">99.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">114.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2792</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d303be01-35d0-4efc-8266-13538e77a02d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300939 136.3491625 0 36.3300039 136.3492089 0 36.3300369 136.3493066 0 36.3301268 136.3492602 0 36.3300939 136.3491625 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301268 136.3492602 7.14 36.3300369 136.3493066 7.14 36.3300039 136.3492089 7.14 36.3300939 136.3491625 7.14 36.3301268 136.3492602 7.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300939 136.3491625 7.14 36.3300039 136.3492089 7.14 36.3300039 136.3492089 14.02 36.3300939 136.3491625 14.02 36.3300939 136.3491625 7.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300039 136.3492089 7.14 36.3300369 136.3493066 7.14 36.3300369 136.3493066 14.02 36.3300039 136.3492089 14.02 36.3300039 136.3492089 7.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300369 136.3493066 7.14 36.3301268 136.3492602 7.14 36.3301268 136.3492602 14.02 36.3300369 136.3493066 14.02 36.3300369 136.3493066 7.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301268 136.3492602 7.14 36.3300939 136.3491625 7.14 36.3300939 136.3491625 14.02 36.3301268 136.3492602 14.02 36.3301268 136.3492602 7.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3300939 136.3491625 14.02 36.3300039 136.3492089 14.02 36.3300369 136.3493066 14.02 36.3301268 136.3492602 14.02 36.3300939 136.3491625 14.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">189.41</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2793</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d30d80f5-47ba-4c67-a6f3-1765a168306c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330132 136.3492757 0 36.3301057 136.3492892 0 36.3301166 136.3493215 0 36.3301429 136.3493079 0 36.330132 136.3492757 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301429 136.3493079 7.19 36.3301166 136.3493215 7.19 36.3301057 136.3492892 7.19 36.330132 136.3492757 7.19 36.3301429 136.3493079 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330132 136.3492757 7.19 36.3301057 136.3492892 7.19 36.3301057 136.3492892 9.83 36.330132 136.3492757 9.83 36.330132 136.3492757 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301057 136.3492892 7.19 36.3301166 136.3493215 7.19 36.3301166 136.3493215 9.83 36.3301057 136.3492892 9.83 36.3301057 136.3492892 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301166 136.3493215 7.19 36.3301429 136.3493079 7.19 36.3301429 136.3493079 9.83 36.3301166 136.3493215 9.83 36.3301166 136.3493215 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301429 136.3493079 7.19 36.330132 136.3492757 7.19 36.330132 136.3492757 9.83 36.3301429 136.3493079 9.83 36.3301429 136.3493079 7.19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330132 136.3492757 9.83 36.3301057 136.3492892 9.83 36.3301166 136.3493215 9.83 36.3301429 136.3493079 9.83 36.330132 136.3492757 9.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">9.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">9.94</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2794</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4ba09c1c-51ac-47c0-bd73-4c7d03f3d823">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309931 136.3487147 0 36.3309174 136.3487537 0 36.3309416 136.3488256 0 36.3310173 136.3487866 0 36.3309931 136.3487147 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310173 136.3487866 7.28 36.3309416 136.3488256 7.28 36.3309174 136.3487537 7.28 36.3309931 136.3487147 7.28 36.3310173 136.3487866 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309931 136.3487147 7.28 36.3309174 136.3487537 7.28 36.3309174 136.3487537 12.23 36.3309931 136.3487147 12.23 36.3309931 136.3487147 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309174 136.3487537 7.28 36.3309416 136.3488256 7.28 36.3309416 136.3488256 12.23 36.3309174 136.3487537 12.23 36.3309174 136.3487537 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309416 136.3488256 7.28 36.3310173 136.3487866 7.28 36.3310173 136.3487866 12.23 36.3309416 136.3488256 12.23 36.3309416 136.3488256 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310173 136.3487866 7.28 36.3309931 136.3487147 7.28 36.3309931 136.3487147 12.23 36.3310173 136.3487866 12.23 36.3310173 136.3487866 7.28</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309931 136.3487147 12.23 36.3309174 136.3487537 12.23 36.3309416 136.3488256 12.23 36.3310173 136.3487866 12.23 36.3309931 136.3487147 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">56.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">63.64</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2795</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0a36ea1a-d53b-4663-b84e-5967cc0ef123">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313032 136.3485434 0 36.3312292 136.3485815 0 36.3312538 136.3486543 0 36.3313278 136.3486162 0 36.3313032 136.3485434 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313278 136.3486162 7.51 36.3312538 136.3486543 7.51 36.3312292 136.3485815 7.51 36.3313032 136.3485434 7.51 36.3313278 136.3486162 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313032 136.3485434 7.51 36.3312292 136.3485815 7.51 36.3312292 136.3485815 12.45 36.3313032 136.3485434 12.45 36.3313032 136.3485434 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312292 136.3485815 7.51 36.3312538 136.3486543 7.51 36.3312538 136.3486543 12.45 36.3312292 136.3485815 12.45 36.3312292 136.3485815 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312538 136.3486543 7.51 36.3313278 136.3486162 7.51 36.3313278 136.3486162 12.45 36.3312538 136.3486543 12.45 36.3312538 136.3486543 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313278 136.3486162 7.51 36.3313032 136.3485434 7.51 36.3313032 136.3485434 12.45 36.3313278 136.3486162 12.45 36.3313278 136.3486162 7.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3313032 136.3485434 12.45 36.3312292 136.3485815 12.45 36.3312538 136.3486543 12.45 36.3313278 136.3486162 12.45 36.3313032 136.3485434 12.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">55.09</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">62.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2796</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_843f1609-b858-4d5f-baa0-1db0400290ca">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325222 136.3479624 0 36.3324244 136.3480128 0 36.3324451 136.3480742 0 36.3325429 136.3480239 0 36.3325222 136.3479624 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325429 136.3480239 7.38 36.3324451 136.3480742 7.38 36.3324244 136.3480128 7.38 36.3325222 136.3479624 7.38 36.3325429 136.3480239 7.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325222 136.3479624 7.38 36.3324244 136.3480128 7.38 36.3324244 136.3480128 11.8 36.3325222 136.3479624 11.8 36.3325222 136.3479624 7.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324244 136.3480128 7.38 36.3324451 136.3480742 7.38 36.3324451 136.3480742 11.8 36.3324244 136.3480128 11.8 36.3324244 136.3480128 7.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3324451 136.3480742 7.38 36.3325429 136.3480239 7.38 36.3325429 136.3480239 11.8 36.3324451 136.3480742 11.8 36.3324451 136.3480742 7.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325429 136.3480239 7.38 36.3325222 136.3479624 7.38 36.3325222 136.3479624 11.8 36.3325429 136.3480239 11.8 36.3325429 136.3480239 7.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3325222 136.3479624 11.8 36.3324244 136.3480128 11.8 36.3324451 136.3480742 11.8 36.3325429 136.3480239 11.8 36.3325222 136.3479624 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">57.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2797</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8a24f743-bf76-4164-a19c-cdbd36012e73">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258197 136.3430943 0 36.3258696 136.3432422 0 36.3259171 136.3432177 0 36.3258672 136.3430698 0 36.3258197 136.3430943 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258672 136.3430698 9.54 36.3259171 136.3432177 9.54 36.3258696 136.3432422 9.54 36.3258197 136.3430943 9.54 36.3258672 136.3430698 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258197 136.3430943 9.54 36.3258696 136.3432422 9.54 36.3258696 136.3432422 13.31 36.3258197 136.3430943 13.31 36.3258197 136.3430943 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258696 136.3432422 9.54 36.3259171 136.3432177 9.54 36.3259171 136.3432177 13.31 36.3258696 136.3432422 13.31 36.3258696 136.3432422 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3259171 136.3432177 9.54 36.3258672 136.3430698 9.54 36.3258672 136.3430698 13.31 36.3259171 136.3432177 13.31 36.3259171 136.3432177 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258672 136.3430698 9.54 36.3258197 136.3430943 9.54 36.3258197 136.3430943 13.31 36.3258672 136.3430698 13.31 36.3258672 136.3430698 9.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3258197 136.3430943 13.31 36.3258696 136.3432422 13.31 36.3259171 136.3432177 13.31 36.3258672 136.3430698 13.31 36.3258197 136.3430943 13.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">76.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.17</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2933</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_314a3201-b13d-41d6-b67b-88629f877422">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260279 136.3437089 0 36.3260793 136.3438613 0 36.3261594 136.34382 0 36.3261081 136.3436676 0 36.3260279 136.3437089 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261081 136.3436676 9.47 36.3261594 136.34382 9.47 36.3260793 136.3438613 9.47 36.3260279 136.3437089 9.47 36.3261081 136.3436676 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260279 136.3437089 9.47 36.3260793 136.3438613 9.47 36.3260793 136.3438613 14.92 36.3260279 136.3437089 14.92 36.3260279 136.3437089 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260793 136.3438613 9.47 36.3261594 136.34382 9.47 36.3261594 136.34382 14.92 36.3260793 136.3438613 14.92 36.3260793 136.3438613 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261594 136.34382 9.47 36.3261081 136.3436676 9.47 36.3261081 136.3436676 14.92 36.3261594 136.34382 14.92 36.3261594 136.34382 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3261081 136.3436676 9.47 36.3260279 136.3437089 9.47 36.3260279 136.3437089 14.92 36.3261081 136.3436676 14.92 36.3261081 136.3436676 9.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3260279 136.3437089 14.92 36.3260793 136.3438613 14.92 36.3261594 136.34382 14.92 36.3261081 136.3436676 14.92 36.3260279 136.3437089 14.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.07</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">142.85</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2934</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d186dfd7-7e61-4efa-ba39-4bd4301e9139">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256256 136.342915 0 36.3255938 136.3428208 0 36.3255295 136.3428539 0 36.3255613 136.3429481 0 36.3256256 136.342915 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255613 136.3429481 9.5 36.3255295 136.3428539 9.5 36.3255938 136.3428208 9.5 36.3256256 136.342915 9.5 36.3255613 136.3429481 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256256 136.342915 9.5 36.3255938 136.3428208 9.5 36.3255938 136.3428208 15.79 36.3256256 136.342915 15.79 36.3256256 136.342915 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255938 136.3428208 9.5 36.3255295 136.3428539 9.5 36.3255295 136.3428539 15.79 36.3255938 136.3428208 15.79 36.3255938 136.3428208 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255295 136.3428539 9.5 36.3255613 136.3429481 9.5 36.3255613 136.3429481 15.79 36.3255295 136.3428539 15.79 36.3255295 136.3428539 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255613 136.3429481 9.5 36.3256256 136.342915 9.5 36.3256256 136.342915 15.79 36.3255613 136.3429481 15.79 36.3255613 136.3429481 9.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256256 136.342915 15.79 36.3255938 136.3428208 15.79 36.3255295 136.3428539 15.79 36.3255613 136.3429481 15.79 36.3256256 136.342915 15.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">126.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2935</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0882b619-3bfb-446b-9bd3-43a7026ffb2f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256831 136.343055 0 36.3256509 136.3429596 0 36.3255778 136.3429972 0 36.32561 136.3430926 0 36.3256831 136.343055 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32561 136.3430926 9.51 36.3255778 136.3429972 9.51 36.3256509 136.3429596 9.51 36.3256831 136.343055 9.51 36.32561 136.3430926 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256831 136.343055 9.51 36.3256509 136.3429596 9.51 36.3256509 136.3429596 16.56 36.3256831 136.343055 16.56 36.3256831 136.343055 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256509 136.3429596 9.51 36.3255778 136.3429972 9.51 36.3255778 136.3429972 16.56 36.3256509 136.3429596 16.56 36.3256509 136.3429596 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3255778 136.3429972 9.51 36.32561 136.3430926 9.51 36.32561 136.3430926 16.56 36.3255778 136.3429972 16.56 36.3255778 136.3429972 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.32561 136.3430926 9.51 36.3256831 136.343055 9.51 36.3256831 136.343055 16.56 36.32561 136.3430926 16.56 36.32561 136.3430926 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256831 136.343055 16.56 36.3256509 136.3429596 16.56 36.3255778 136.3429972 16.56 36.32561 136.3430926 16.56 36.3256831 136.343055 16.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">138.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">81.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2936</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_391691c2-278f-4f8d-a4d6-d920a7bf4fb7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257454 136.3431849 0 36.3257115 136.3430843 0 36.3256354 136.3431234 0 36.3256693 136.343224 0 36.3257454 136.3431849 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256693 136.343224 9.51 36.3256354 136.3431234 9.51 36.3257115 136.3430843 9.51 36.3257454 136.3431849 9.51 36.3256693 136.343224 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257454 136.3431849 9.51 36.3257115 136.3430843 9.51 36.3257115 136.3430843 16.22 36.3257454 136.3431849 16.22 36.3257454 136.3431849 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257115 136.3430843 9.51 36.3256354 136.3431234 9.51 36.3256354 136.3431234 16.22 36.3257115 136.3430843 16.22 36.3257115 136.3430843 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256354 136.3431234 9.51 36.3256693 136.343224 9.51 36.3256693 136.343224 16.22 36.3256354 136.3431234 16.22 36.3256354 136.3431234 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256693 136.343224 9.51 36.3257454 136.3431849 9.51 36.3257454 136.3431849 16.22 36.3256693 136.343224 16.22 36.3256693 136.343224 9.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257454 136.3431849 16.22 36.3257115 136.3430843 16.22 36.3256354 136.3431234 16.22 36.3256693 136.343224 16.22 36.3257454 136.3431849 16.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">164.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2937</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_25065411-8bf9-4787-9221-cf3ed8db40c7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257787 136.3433376 0 36.3257496 136.3432515 0 36.3256861 136.3432842 0 36.3257151 136.3433703 0 36.3257787 136.3433376 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257151 136.3433703 9.49 36.3256861 136.3432842 9.49 36.3257496 136.3432515 9.49 36.3257787 136.3433376 9.49 36.3257151 136.3433703 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257787 136.3433376 9.49 36.3257496 136.3432515 9.49 36.3257496 136.3432515 13.43 36.3257787 136.3433376 13.43 36.3257787 136.3433376 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257496 136.3432515 9.49 36.3256861 136.3432842 9.49 36.3256861 136.3432842 13.43 36.3257496 136.3432515 13.43 36.3257496 136.3432515 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3256861 136.3432842 9.49 36.3257151 136.3433703 9.49 36.3257151 136.3433703 13.43 36.3256861 136.3432842 13.43 36.3256861 136.3432842 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257151 136.3433703 9.49 36.3257787 136.3433376 9.49 36.3257787 136.3433376 13.43 36.3257151 136.3433703 13.43 36.3257151 136.3433703 9.49</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3257787 136.3433376 13.43 36.3257496 136.3432515 13.43 36.3256861 136.3432842 13.43 36.3257151 136.3433703 13.43 36.3257787 136.3433376 13.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">62.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">64.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2938</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ed0df4a6-2db8-4525-9b24-6e253405b953">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266399 136.3459292 0 36.3265845 136.345765 0 36.3265374 136.3457893 0 36.3265927 136.3459535 0 36.3266399 136.3459292 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265927 136.3459535 8.45 36.3265374 136.3457893 8.45 36.3265845 136.345765 8.45 36.3266399 136.3459292 8.45 36.3265927 136.3459535 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266399 136.3459292 8.45 36.3265845 136.345765 8.45 36.3265845 136.345765 12.85 36.3266399 136.3459292 12.85 36.3266399 136.3459292 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265845 136.345765 8.45 36.3265374 136.3457893 8.45 36.3265374 136.3457893 12.85 36.3265845 136.345765 12.85 36.3265845 136.345765 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265374 136.3457893 8.45 36.3265927 136.3459535 8.45 36.3265927 136.3459535 12.85 36.3265374 136.3457893 12.85 36.3265374 136.3457893 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3265927 136.3459535 8.45 36.3266399 136.3459292 8.45 36.3266399 136.3459292 12.85 36.3265927 136.3459535 12.85 36.3265927 136.3459535 8.45</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3266399 136.3459292 12.85 36.3265845 136.345765 12.85 36.3265374 136.3457893 12.85 36.3265927 136.3459535 12.85 36.3266399 136.3459292 12.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">88.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2939</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2a69fba1-b3e2-4380-8908-700a9a5aa47b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280367 136.3495352 0 36.3280921 136.3496995 0 36.3281628 136.3496631 0 36.3281074 136.3494988 0 36.3280367 136.3495352 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281074 136.3494988 7.79 36.3281628 136.3496631 7.79 36.3280921 136.3496995 7.79 36.3280367 136.3495352 7.79 36.3281074 136.3494988 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280367 136.3495352 7.79 36.3280921 136.3496995 7.79 36.3280921 136.3496995 13.22 36.3280367 136.3495352 13.22 36.3280367 136.3495352 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280921 136.3496995 7.79 36.3281628 136.3496631 7.79 36.3281628 136.3496631 13.22 36.3280921 136.3496995 13.22 36.3280921 136.3496995 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281628 136.3496631 7.79 36.3281074 136.3494988 7.79 36.3281074 136.3494988 13.22 36.3281628 136.3496631 13.22 36.3281628 136.3496631 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3281074 136.3494988 7.79 36.3280367 136.3495352 7.79 36.3280367 136.3495352 13.22 36.3281074 136.3494988 13.22 36.3281074 136.3494988 7.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280367 136.3495352 13.22 36.3280921 136.3496995 13.22 36.3281628 136.3496631 13.22 36.3281074 136.3494988 13.22 36.3280367 136.3495352 13.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">135.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">135.77</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2940</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7d1aef33-dd5c-4a4d-bed2-f794120c7d85">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271198 136.3473888 0 36.3270831 136.3472799 0 36.3270126 136.3473162 0 36.3270493 136.3474251 0 36.3271198 136.3473888 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270493 136.3474251 7.9 36.3270126 136.3473162 7.9 36.3270831 136.3472799 7.9 36.3271198 136.3473888 7.9 36.3270493 136.3474251 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271198 136.3473888 7.9 36.3270831 136.3472799 7.9 36.3270831 136.3472799 12.14 36.3271198 136.3473888 12.14 36.3271198 136.3473888 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270831 136.3472799 7.9 36.3270126 136.3473162 7.9 36.3270126 136.3473162 12.14 36.3270831 136.3472799 12.14 36.3270831 136.3472799 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270126 136.3473162 7.9 36.3270493 136.3474251 7.9 36.3270493 136.3474251 12.14 36.3270126 136.3473162 12.14 36.3270126 136.3473162 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3270493 136.3474251 7.9 36.3271198 136.3473888 7.9 36.3271198 136.3473888 12.14 36.3270493 136.3474251 12.14 36.3270493 136.3474251 7.9</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3271198 136.3473888 12.14 36.3270831 136.3472799 12.14 36.3270126 136.3473162 12.14 36.3270493 136.3474251 12.14 36.3271198 136.3473888 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">80.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2941</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6966357e-56d3-49b8-a66d-c0211bcadcb2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275567 136.34855 0 36.3275098 136.348411 0 36.3274214 136.3484565 0 36.3274682 136.3485955 0 36.3275567 136.34855 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274682 136.3485955 7.96 36.3274214 136.3484565 7.96 36.3275098 136.348411 7.96 36.3275567 136.34855 7.96 36.3274682 136.3485955 7.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275567 136.34855 7.96 36.3275098 136.348411 7.96 36.3275098 136.348411 12.1 36.3275567 136.34855 12.1 36.3275567 136.34855 7.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275098 136.348411 7.96 36.3274214 136.3484565 7.96 36.3274214 136.3484565 12.1 36.3275098 136.348411 12.1 36.3275098 136.348411 7.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274214 136.3484565 7.96 36.3274682 136.3485955 7.96 36.3274682 136.3485955 12.1 36.3274214 136.3484565 12.1 36.3274214 136.3484565 7.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3274682 136.3485955 7.96 36.3275567 136.34855 7.96 36.3275567 136.34855 12.1 36.3274682 136.3485955 12.1 36.3274682 136.3485955 7.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3275567 136.34855 12.1 36.3275098 136.348411 12.1 36.3274214 136.3484565 12.1 36.3274682 136.3485955 12.1 36.3275567 136.34855 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">143.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2942</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4e9415fe-7412-4c00-9f38-f616a56ad2cc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278937 136.3376808 0 36.327938 136.3378121 0 36.3280136 136.3377732 0 36.3279694 136.3376419 0 36.3278937 136.3376808 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279694 136.3376419 8.87 36.3280136 136.3377732 8.87 36.327938 136.3378121 8.87 36.3278937 136.3376808 8.87 36.3279694 136.3376419 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278937 136.3376808 8.87 36.327938 136.3378121 8.87 36.327938 136.3378121 13.27 36.3278937 136.3376808 13.27 36.3278937 136.3376808 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.327938 136.3378121 8.87 36.3280136 136.3377732 8.87 36.3280136 136.3377732 13.27 36.327938 136.3378121 13.27 36.327938 136.3378121 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3280136 136.3377732 8.87 36.3279694 136.3376419 8.87 36.3279694 136.3376419 13.27 36.3280136 136.3377732 13.27 36.3280136 136.3377732 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3279694 136.3376419 8.87 36.3278937 136.3376808 8.87 36.3278937 136.3376808 13.27 36.3279694 136.3376419 13.27 36.3279694 136.3376419 8.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3278937 136.3376808 13.27 36.327938 136.3378121 13.27 36.3280136 136.3377732 13.27 36.3279694 136.3376419 13.27 36.3278937 136.3376808 13.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">105.68</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">116.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2959</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_74a0fdfe-c17c-4a2e-bf4f-ee8447cc4d09">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287531 136.3401119 0 36.3288058 136.3402682 0 36.3288877 136.340226 0 36.328835 136.3400698 0 36.3287531 136.3401119 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328835 136.3400698 8.86 36.3288877 136.340226 8.86 36.3288058 136.3402682 8.86 36.3287531 136.3401119 8.86 36.328835 136.3400698 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287531 136.3401119 8.86 36.3288058 136.3402682 8.86 36.3288058 136.3402682 13.84 36.3287531 136.3401119 13.84 36.3287531 136.3401119 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288058 136.3402682 8.86 36.3288877 136.340226 8.86 36.3288877 136.340226 13.84 36.3288058 136.3402682 13.84 36.3288058 136.3402682 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288877 136.340226 8.86 36.328835 136.3400698 8.86 36.328835 136.3400698 13.84 36.3288877 136.340226 13.84 36.3288877 136.340226 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.328835 136.3400698 8.86 36.3287531 136.3401119 8.86 36.3287531 136.3401119 13.84 36.328835 136.3400698 13.84 36.328835 136.3400698 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3287531 136.3401119 13.84 36.3288058 136.3402682 13.84 36.3288877 136.340226 13.84 36.328835 136.3400698 13.84 36.3287531 136.3401119 13.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">127</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">149.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2960</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6ff8ab98-d7e7-4ef0-a973-e3b37c8e0d12">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288675 136.3404039 0 36.3289007 136.3405024 0 36.3289654 136.3404691 0 36.3289322 136.3403706 0 36.3288675 136.3404039 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289322 136.3403706 8.86 36.3289654 136.3404691 8.86 36.3289007 136.3405024 8.86 36.3288675 136.3404039 8.86 36.3289322 136.3403706 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288675 136.3404039 8.86 36.3289007 136.3405024 8.86 36.3289007 136.3405024 14.15 36.3288675 136.3404039 14.15 36.3288675 136.3404039 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289007 136.3405024 8.86 36.3289654 136.3404691 8.86 36.3289654 136.3404691 14.15 36.3289007 136.3405024 14.15 36.3289007 136.3405024 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289654 136.3404691 8.86 36.3289322 136.3403706 8.86 36.3289322 136.3403706 14.15 36.3289654 136.3404691 14.15 36.3289654 136.3404691 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3289322 136.3403706 8.86 36.3288675 136.3404039 8.86 36.3288675 136.3404039 14.15 36.3289322 136.3403706 14.15 36.3289322 136.3403706 8.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3288675 136.3404039 14.15 36.3289007 136.3405024 14.15 36.3289654 136.3404691 14.15 36.3289322 136.3403706 14.15 36.3288675 136.3404039 14.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.57</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2961</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d097e9dc-3a03-494a-8414-1d47b856e4c9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2022</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290991 136.3412485 0 36.3291779 136.3412079 0 36.3291471 136.3411168 0 36.3290683 136.3411573 0 36.3290991 136.3412485 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290683 136.3411573 8.83 36.3291471 136.3411168 8.83 36.3291779 136.3412079 8.83 36.3290991 136.3412485 8.83 36.3290683 136.3411573 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290991 136.3412485 8.83 36.3291779 136.3412079 8.83 36.3291779 136.3412079 15.76 36.3290991 136.3412485 15.76 36.3290991 136.3412485 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291779 136.3412079 8.83 36.3291471 136.3411168 8.83 36.3291471 136.3411168 15.76 36.3291779 136.3412079 15.76 36.3291779 136.3412079 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3291471 136.3411168 8.83 36.3290683 136.3411573 8.83 36.3290683 136.3411573 15.76 36.3291471 136.3411168 15.76 36.3291471 136.3411168 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290683 136.3411573 8.83 36.3290991 136.3412485 8.83 36.3290991 136.3412485 15.76 36.3290683 136.3411573 15.76 36.3290683 136.3411573 8.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3290991 136.3412485 15.76 36.3291779 136.3412079 15.76 36.3291471 136.3411168 15.76 36.3290683 136.3411573 15.76 36.3290991 136.3412485 15.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2962</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_930d1852-da5b-4d09-abbb-ba6ea27b6d71">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286662 136.3404028 0 36.3286111 136.3402393 0 36.3285335 136.3402793 0 36.3285886 136.3404428 0 36.3286662 136.3404028 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285886 136.3404428 8.89 36.3285335 136.3402793 8.89 36.3286111 136.3402393 8.89 36.3286662 136.3404028 8.89 36.3285886 136.3404428 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286662 136.3404028 8.89 36.3286111 136.3402393 8.89 36.3286111 136.3402393 13.64 36.3286662 136.3404028 13.64 36.3286662 136.3404028 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286111 136.3402393 8.89 36.3285335 136.3402793 8.89 36.3285335 136.3402793 13.64 36.3286111 136.3402393 13.64 36.3286111 136.3402393 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285335 136.3402793 8.89 36.3285886 136.3404428 8.89 36.3285886 136.3404428 13.64 36.3285335 136.3402793 13.64 36.3285335 136.3402793 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3285886 136.3404428 8.89 36.3286662 136.3404028 8.89 36.3286662 136.3404028 13.64 36.3285886 136.3404428 13.64 36.3285886 136.3404428 8.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3286662 136.3404028 13.64 36.3286111 136.3402393 13.64 36.3285335 136.3402793 13.64 36.3285886 136.3404428 13.64 36.3286662 136.3404028 13.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">134.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">148.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2963</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_aa734e9f-a25e-4fa2-8f4a-52edf8f188bb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294968 136.3427371 0 36.3294499 136.3425979 0 36.3293435 136.3426527 0 36.3293904 136.3427919 0 36.3294968 136.3427371 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293904 136.3427919 8.62 36.3293435 136.3426527 8.62 36.3294499 136.3425979 8.62 36.3294968 136.3427371 8.62 36.3293904 136.3427919 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294968 136.3427371 8.62 36.3294499 136.3425979 8.62 36.3294499 136.3425979 13.21 36.3294968 136.3427371 13.21 36.3294968 136.3427371 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294499 136.3425979 8.62 36.3293435 136.3426527 8.62 36.3293435 136.3426527 13.21 36.3294499 136.3425979 13.21 36.3294499 136.3425979 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293435 136.3426527 8.62 36.3293904 136.3427919 8.62 36.3293904 136.3427919 13.21 36.3293435 136.3426527 13.21 36.3293435 136.3426527 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3293904 136.3427919 8.62 36.3294968 136.3427371 8.62 36.3294968 136.3427371 13.21 36.3293904 136.3427919 13.21 36.3293904 136.3427919 8.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3294968 136.3427371 13.21 36.3294499 136.3425979 13.21 36.3293435 136.3426527 13.21 36.3293904 136.3427919 13.21 36.3294968 136.3427371 13.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">155.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">173.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2964</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b81ee421-e099-4685-9912-dd5afceaf44f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330223 136.3445642 0 36.3302697 136.3447028 0 36.3303596 136.3446566 0 36.3303128 136.344518 0 36.330223 136.3445642 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303128 136.344518 8.06 36.3303596 136.3446566 8.06 36.3302697 136.3447028 8.06 36.330223 136.3445642 8.06 36.3303128 136.344518 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330223 136.3445642 8.06 36.3302697 136.3447028 8.06 36.3302697 136.3447028 12.38 36.330223 136.3445642 12.38 36.330223 136.3445642 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302697 136.3447028 8.06 36.3303596 136.3446566 8.06 36.3303596 136.3446566 12.38 36.3302697 136.3447028 12.38 36.3302697 136.3447028 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303596 136.3446566 8.06 36.3303128 136.344518 8.06 36.3303128 136.344518 12.38 36.3303596 136.3446566 12.38 36.3303596 136.3446566 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3303128 136.344518 8.06 36.330223 136.3445642 8.06 36.330223 136.3445642 12.38 36.3303128 136.344518 12.38 36.3303128 136.344518 8.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.330223 136.3445642 12.38 36.3302697 136.3447028 12.38 36.3303596 136.3446566 12.38 36.3303128 136.344518 12.38 36.330223 136.3445642 12.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">144.13</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">145.68</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2965</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_38b2d3c7-fe59-48f4-8609-213cde31d87d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301897 136.3448217 0 36.3301085 136.3448634 0 36.3301421 136.344963 0 36.3302233 136.3449212 0 36.3301897 136.3448217 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302233 136.3449212 7.98 36.3301421 136.344963 7.98 36.3301085 136.3448634 7.98 36.3301897 136.3448217 7.98 36.3302233 136.3449212 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301897 136.3448217 7.98 36.3301085 136.3448634 7.98 36.3301085 136.3448634 13.18 36.3301897 136.3448217 13.18 36.3301897 136.3448217 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301085 136.3448634 7.98 36.3301421 136.344963 7.98 36.3301421 136.344963 13.18 36.3301085 136.3448634 13.18 36.3301085 136.3448634 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301421 136.344963 7.98 36.3302233 136.3449212 7.98 36.3302233 136.3449212 13.18 36.3301421 136.344963 13.18 36.3301421 136.344963 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3302233 136.3449212 7.98 36.3301897 136.3448217 7.98 36.3301897 136.3448217 13.18 36.3302233 136.3449212 13.18 36.3302233 136.3449212 7.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3301897 136.3448217 13.18 36.3301085 136.3448634 13.18 36.3301421 136.344963 13.18 36.3302233 136.3449212 13.18 36.3301897 136.3448217 13.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.53</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2966</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d90c2173-b8be-4048-b1e1-10342a230fbb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310018 136.3472606 0 36.3309673 136.3471583 0 36.3308886 136.3471988 0 36.3309231 136.3473011 0 36.3310018 136.3472606 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309231 136.3473011 7.65 36.3308886 136.3471988 7.65 36.3309673 136.3471583 7.65 36.3310018 136.3472606 7.65 36.3309231 136.3473011 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310018 136.3472606 7.65 36.3309673 136.3471583 7.65 36.3309673 136.3471583 14.18 36.3310018 136.3472606 14.18 36.3310018 136.3472606 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309673 136.3471583 7.65 36.3308886 136.3471988 7.65 36.3308886 136.3471988 14.18 36.3309673 136.3471583 14.18 36.3309673 136.3471583 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3308886 136.3471988 7.65 36.3309231 136.3473011 7.65 36.3309231 136.3473011 14.18 36.3308886 136.3471988 14.18 36.3308886 136.3471988 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3309231 136.3473011 7.65 36.3310018 136.3472606 7.65 36.3310018 136.3472606 14.18 36.3309231 136.3473011 14.18 36.3309231 136.3473011 7.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3310018 136.3472606 14.18 36.3309673 136.3471583 14.18 36.3308886 136.3471988 14.18 36.3309231 136.3473011 14.18 36.3310018 136.3472606 14.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">161.29</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2967</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1dde5720-dd3c-4606-a37b-182b639d5fdf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1967</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312945 136.348086 0 36.3312557 136.347971 0 36.3311814 136.3480092 0 36.3312202 136.3481242 0 36.3312945 136.348086 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312202 136.3481242 7.53 36.3311814 136.3480092 7.53 36.3312557 136.347971 7.53 36.3312945 136.348086 7.53 36.3312202 136.3481242 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312945 136.348086 7.53 36.3312557 136.347971 7.53 36.3312557 136.347971 11.36 36.3312945 136.348086 11.36 36.3312945 136.348086 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312557 136.347971 7.53 36.3311814 136.3480092 7.53 36.3311814 136.3480092 11.36 36.3312557 136.347971 11.36 36.3312557 136.347971 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3311814 136.3480092 7.53 36.3312202 136.3481242 7.53 36.3312202 136.3481242 11.36 36.3311814 136.3480092 11.36 36.3311814 136.3480092 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312202 136.3481242 7.53 36.3312945 136.348086 7.53 36.3312945 136.348086 11.36 36.3312202 136.3481242 11.36 36.3312202 136.3481242 7.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3312945 136.348086 11.36 36.3312557 136.347971 11.36 36.3311814 136.3480092 11.36 36.3312202 136.3481242 11.36 36.3312945 136.348086 11.36</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">89.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">99.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2968</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
</core:CityModel>
