<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.1 ../../schemas/iur/uro/3.1/urbanObject.xsd http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
<gml:boundedBy>
<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
<gml:lowerCorner>36.3118571 136.3625032 0</gml:lowerCorner>
<gml:upperCorner>36.3167187 136.3748851 20.82</gml:upperCorner>
</gml:Envelope>
</gml:boundedBy>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9211ec93-7c15-4564-b785-58bc1f199e11">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314214 136.3716057 0 36.3143232 136.3715495 0 36.3142964 136.3714699 0 36.3141872 136.3715261 0 36.314214 136.3716057 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141872 136.3715261 12.04 36.3142964 136.3714699 12.04 36.3143232 136.3715495 12.04 36.314214 136.3716057 12.04 36.3141872 136.3715261 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314214 136.3716057 12.04 36.3143232 136.3715495 12.04 36.3143232 136.3715495 16.48 36.314214 136.3716057 16.48 36.314214 136.3716057 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143232 136.3715495 12.04 36.3142964 136.3714699 12.04 36.3142964 136.3714699 16.48 36.3143232 136.3715495 16.48 36.3143232 136.3715495 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3142964 136.3714699 12.04 36.3141872 136.3715261 12.04 36.3141872 136.3715261 16.48 36.3142964 136.3714699 16.48 36.3142964 136.3714699 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141872 136.3715261 12.04 36.314214 136.3716057 12.04 36.314214 136.3716057 16.48 36.3141872 136.3715261 16.48 36.3141872 136.3715261 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314214 136.3716057 16.48 36.3143232 136.3715495 16.48 36.3142964 136.3714699 16.48 36.3141872 136.3715261 16.48 36.314214 136.3716057 16.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">99.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">101.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-848</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0476ed9b-03e6-4072-aa1c-0ee3938cb3ca">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143691 136.3715335 0 36.3144942 136.3714691 0 36.3144553 136.3713535 0 36.3143301 136.3714179 0 36.3143691 136.3715335 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143301 136.3714179 12 36.3144553 136.3713535 12 36.3144942 136.3714691 12 36.3143691 136.3715335 12 36.3143301 136.3714179 12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143691 136.3715335 12 36.3144942 136.3714691 12 36.3144942 136.3714691 18.66 36.3143691 136.3715335 18.66 36.3143691 136.3715335 12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144942 136.3714691 12 36.3144553 136.3713535 12 36.3144553 136.3713535 18.66 36.3144942 136.3714691 18.66 36.3144942 136.3714691 12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144553 136.3713535 12 36.3143301 136.3714179 12 36.3143301 136.3714179 18.66 36.3144553 136.3713535 18.66 36.3144553 136.3713535 12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143301 136.3714179 12 36.3143691 136.3715335 12 36.3143691 136.3715335 18.66 36.3143301 136.3714179 18.66 36.3143301 136.3714179 12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143691 136.3715335 18.66 36.3144942 136.3714691 18.66 36.3144553 136.3713535 18.66 36.3143301 136.3714179 18.66 36.3143691 136.3715335 18.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">290.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-849</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7d3d2c33-276e-479a-b891-771af002a2e0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314306 136.3713463 0 36.3144174 136.3712889 0 36.3143756 136.3711649 0 36.3142641 136.3712223 0 36.314306 136.3713463 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3142641 136.3712223 12.06 36.3143756 136.3711649 12.06 36.3144174 136.3712889 12.06 36.314306 136.3713463 12.06 36.3142641 136.3712223 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314306 136.3713463 12.06 36.3144174 136.3712889 12.06 36.3144174 136.3712889 19.5 36.314306 136.3713463 19.5 36.314306 136.3713463 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144174 136.3712889 12.06 36.3143756 136.3711649 12.06 36.3143756 136.3711649 19.5 36.3144174 136.3712889 19.5 36.3144174 136.3712889 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143756 136.3711649 12.06 36.3142641 136.3712223 12.06 36.3142641 136.3712223 19.5 36.3143756 136.3711649 19.5 36.3143756 136.3711649 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3142641 136.3712223 12.06 36.314306 136.3713463 12.06 36.314306 136.3713463 19.5 36.3142641 136.3712223 19.5 36.3142641 136.3712223 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314306 136.3713463 19.5 36.3144174 136.3712889 19.5 36.3143756 136.3711649 19.5 36.3142641 136.3712223 19.5 36.314306 136.3713463 19.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">287.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">161.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-850</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_701ec8c8-c91f-4371-a594-b00876ce4a91">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146216 136.3714069 0 36.3145885 136.3713088 0 36.3145126 136.3713478 0 36.3145458 136.371446 0 36.3146216 136.3714069 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145458 136.371446 11.98 36.3145126 136.3713478 11.98 36.3145885 136.3713088 11.98 36.3146216 136.3714069 11.98 36.3145458 136.371446 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146216 136.3714069 11.98 36.3145885 136.3713088 11.98 36.3145885 136.3713088 16.17 36.3146216 136.3714069 16.17 36.3146216 136.3714069 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145885 136.3713088 11.98 36.3145126 136.3713478 11.98 36.3145126 136.3713478 16.17 36.3145885 136.3713088 16.17 36.3145885 136.3713088 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145126 136.3713478 11.98 36.3145458 136.371446 11.98 36.3145458 136.371446 16.17 36.3145126 136.3713478 16.17 36.3145126 136.3713478 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145458 136.371446 11.98 36.3146216 136.3714069 11.98 36.3146216 136.3714069 16.17 36.3145458 136.371446 16.17 36.3145458 136.371446 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146216 136.3714069 16.17 36.3145885 136.3713088 16.17 36.3145126 136.3713478 16.17 36.3145458 136.371446 16.17 36.3146216 136.3714069 16.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">84.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-851</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b1891984-041c-46b7-ad8b-14f51ca6311d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144805 136.3717269 0 36.3143547 136.3717916 0 36.3143951 136.3719114 0 36.3145209 136.3718466 0 36.3144805 136.3717269 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145209 136.3718466 12.03 36.3143951 136.3719114 12.03 36.3143547 136.3717916 12.03 36.3144805 136.3717269 12.03 36.3145209 136.3718466 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144805 136.3717269 12.03 36.3143547 136.3717916 12.03 36.3143547 136.3717916 18.74 36.3144805 136.3717269 18.74 36.3144805 136.3717269 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143547 136.3717916 12.03 36.3143951 136.3719114 12.03 36.3143951 136.3719114 18.74 36.3143547 136.3717916 18.74 36.3143547 136.3717916 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143951 136.3719114 12.03 36.3145209 136.3718466 12.03 36.3145209 136.3718466 18.74 36.3143951 136.3719114 18.74 36.3143951 136.3719114 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145209 136.3718466 12.03 36.3144805 136.3717269 12.03 36.3144805 136.3717269 18.74 36.3145209 136.3718466 18.74 36.3145209 136.3718466 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144805 136.3717269 18.74 36.3143547 136.3717916 18.74 36.3143951 136.3719114 18.74 36.3145209 136.3718466 18.74 36.3144805 136.3717269 18.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">312.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">176.18</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-852</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_72c7f8a5-3a22-4fc0-8f85-e4f9db706b76">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1964</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147558 136.3715705 0 36.3146607 136.3716194 0 36.3146949 136.3717208 0 36.3147899 136.3716718 0 36.3147558 136.3715705 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147899 136.3716718 11.94 36.3146949 136.3717208 11.94 36.3146607 136.3716194 11.94 36.3147558 136.3715705 11.94 36.3147899 136.3716718 11.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147558 136.3715705 11.94 36.3146607 136.3716194 11.94 36.3146607 136.3716194 18.39 36.3147558 136.3715705 18.39 36.3147558 136.3715705 11.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146607 136.3716194 11.94 36.3146949 136.3717208 11.94 36.3146949 136.3717208 18.39 36.3146607 136.3716194 18.39 36.3146607 136.3716194 11.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146949 136.3717208 11.94 36.3147899 136.3716718 11.94 36.3147899 136.3716718 18.39 36.3146949 136.3717208 18.39 36.3146949 136.3717208 11.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147899 136.3716718 11.94 36.3147558 136.3715705 11.94 36.3147558 136.3715705 18.39 36.3147899 136.3716718 18.39 36.3147899 136.3716718 11.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147558 136.3715705 18.39 36.3146607 136.3716194 18.39 36.3146949 136.3717208 18.39 36.3147899 136.3716718 18.39 36.3147558 136.3715705 18.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">215.42</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-853</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b826b090-291e-423a-a6c1-40802952d507">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147132 136.371775 0 36.3147458 136.3718719 0 36.3148088 136.3718395 0 36.3147761 136.3717426 0 36.3147132 136.371775 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147761 136.3717426 11.93 36.3148088 136.3718395 11.93 36.3147458 136.3718719 11.93 36.3147132 136.371775 11.93 36.3147761 136.3717426 11.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147132 136.371775 11.93 36.3147458 136.3718719 11.93 36.3147458 136.3718719 16.31 36.3147132 136.371775 16.31 36.3147132 136.371775 11.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147458 136.3718719 11.93 36.3148088 136.3718395 11.93 36.3148088 136.3718395 16.31 36.3147458 136.3718719 16.31 36.3147458 136.3718719 11.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148088 136.3718395 11.93 36.3147761 136.3717426 11.93 36.3147761 136.3717426 16.31 36.3148088 136.3718395 16.31 36.3148088 136.3718395 11.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147761 136.3717426 11.93 36.3147132 136.371775 11.93 36.3147132 136.371775 16.31 36.3147761 136.3717426 16.31 36.3147761 136.3717426 11.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147132 136.371775 16.31 36.3147458 136.3718719 16.31 36.3148088 136.3718395 16.31 36.3147761 136.3717426 16.31 36.3147132 136.371775 16.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-854</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f68ede6f-7790-48d6-84a1-86dddd6746c6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314919 136.3715455 0 36.3148123 136.3716004 0 36.3148318 136.3716582 0 36.3149385 136.3716032 0 36.314919 136.3715455 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149385 136.3716032 11.95 36.3148318 136.3716582 11.95 36.3148123 136.3716004 11.95 36.314919 136.3715455 11.95 36.3149385 136.3716032 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314919 136.3715455 11.95 36.3148123 136.3716004 11.95 36.3148123 136.3716004 15.97 36.314919 136.3715455 15.97 36.314919 136.3715455 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148123 136.3716004 11.95 36.3148318 136.3716582 11.95 36.3148318 136.3716582 15.97 36.3148123 136.3716004 15.97 36.3148123 136.3716004 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148318 136.3716582 11.95 36.3149385 136.3716032 11.95 36.3149385 136.3716032 15.97 36.3148318 136.3716582 15.97 36.3148318 136.3716582 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149385 136.3716032 11.95 36.314919 136.3715455 11.95 36.314919 136.3715455 15.97 36.3149385 136.3716032 15.97 36.3149385 136.3716032 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314919 136.3715455 15.97 36.3148123 136.3716004 15.97 36.3148318 136.3716582 15.97 36.3149385 136.3716032 15.97 36.314919 136.3715455 15.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">71.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">72.04</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-855</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_722c473e-58d4-4e32-878b-a5f8eecf7126">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149941 136.3712254 0 36.3150679 136.3711874 0 36.3150401 136.3711049 0 36.3149663 136.3711429 0 36.3149941 136.3712254 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149663 136.3711429 11.97 36.3150401 136.3711049 11.97 36.3150679 136.3711874 11.97 36.3149941 136.3712254 11.97 36.3149663 136.3711429 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149941 136.3712254 11.97 36.3150679 136.3711874 11.97 36.3150679 136.3711874 18.44 36.3149941 136.3712254 18.44 36.3149941 136.3712254 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150679 136.3711874 11.97 36.3150401 136.3711049 11.97 36.3150401 136.3711049 18.44 36.3150679 136.3711874 18.44 36.3150679 136.3711874 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150401 136.3711049 11.97 36.3149663 136.3711429 11.97 36.3149663 136.3711429 18.44 36.3150401 136.3711049 18.44 36.3150401 136.3711049 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149663 136.3711429 11.97 36.3149941 136.3712254 11.97 36.3149941 136.3712254 18.44 36.3149663 136.3711429 18.44 36.3149663 136.3711429 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149941 136.3712254 18.44 36.3150679 136.3711874 18.44 36.3150401 136.3711049 18.44 36.3149663 136.3711429 18.44 36.3149941 136.3712254 18.44</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.14</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-856</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e6686d34-d4af-4c4a-b5fc-80e9dcc7c0e7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149447 136.3710788 0 36.315048 136.3710256 0 36.3150069 136.3709036 0 36.3149036 136.3709568 0 36.3149447 136.3710788 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149036 136.3709568 11.95 36.3150069 136.3709036 11.95 36.315048 136.3710256 11.95 36.3149447 136.3710788 11.95 36.3149036 136.3709568 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149447 136.3710788 11.95 36.315048 136.3710256 11.95 36.315048 136.3710256 18.84 36.3149447 136.3710788 18.84 36.3149447 136.3710788 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315048 136.3710256 11.95 36.3150069 136.3709036 11.95 36.3150069 136.3709036 18.84 36.315048 136.3710256 18.84 36.315048 136.3710256 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150069 136.3709036 11.95 36.3149036 136.3709568 11.95 36.3149036 136.3709568 18.84 36.3150069 136.3709036 18.84 36.3150069 136.3709036 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149036 136.3709568 11.95 36.3149447 136.3710788 11.95 36.3149447 136.3710788 18.84 36.3149036 136.3709568 18.84 36.3149036 136.3709568 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149447 136.3710788 18.84 36.315048 136.3710256 18.84 36.3150069 136.3709036 18.84 36.3149036 136.3709568 18.84 36.3149447 136.3710788 18.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">259.36</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">147.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-857</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_06f641ec-9cbd-4377-8218-a85ab6ecf6f5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151167 136.3711644 0 36.3152109 136.3711158 0 36.3151796 136.3710228 0 36.3150853 136.3710713 0 36.3151167 136.3711644 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150853 136.3710713 11.92 36.3151796 136.3710228 11.92 36.3152109 136.3711158 11.92 36.3151167 136.3711644 11.92 36.3150853 136.3710713 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151167 136.3711644 11.92 36.3152109 136.3711158 11.92 36.3152109 136.3711158 17.5 36.3151167 136.3711644 17.5 36.3151167 136.3711644 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152109 136.3711158 11.92 36.3151796 136.3710228 11.92 36.3151796 136.3710228 17.5 36.3152109 136.3711158 17.5 36.3152109 136.3711158 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151796 136.3710228 11.92 36.3150853 136.3710713 11.92 36.3150853 136.3710713 17.5 36.3151796 136.3710228 17.5 36.3151796 136.3710228 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150853 136.3710713 11.92 36.3151167 136.3711644 11.92 36.3151167 136.3711644 17.5 36.3150853 136.3710713 17.5 36.3150853 136.3710713 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151167 136.3711644 17.5 36.3152109 136.3711158 17.5 36.3151796 136.3710228 17.5 36.3150853 136.3710713 17.5 36.3151167 136.3711644 17.5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">92.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-858</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f5dfd4a1-f7ab-4c5e-90c8-9950c02141d2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152325 136.3710615 0 36.3153046 136.3710244 0 36.3152785 136.3709469 0 36.3152064 136.370984 0 36.3152325 136.3710615 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152064 136.370984 11.88 36.3152785 136.3709469 11.88 36.3153046 136.3710244 11.88 36.3152325 136.3710615 11.88 36.3152064 136.370984 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152325 136.3710615 11.88 36.3153046 136.3710244 11.88 36.3153046 136.3710244 16.83 36.3152325 136.3710615 16.83 36.3152325 136.3710615 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153046 136.3710244 11.88 36.3152785 136.3709469 11.88 36.3152785 136.3709469 16.83 36.3153046 136.3710244 16.83 36.3153046 136.3710244 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152785 136.3709469 11.88 36.3152064 136.370984 11.88 36.3152064 136.370984 16.83 36.3152785 136.3709469 16.83 36.3152785 136.3709469 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152064 136.370984 11.88 36.3152325 136.3710615 11.88 36.3152325 136.3710615 16.83 36.3152064 136.370984 16.83 36.3152064 136.370984 11.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152325 136.3710615 16.83 36.3153046 136.3710244 16.83 36.3152785 136.3709469 16.83 36.3152064 136.370984 16.83 36.3152325 136.3710615 16.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">62.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.25</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-859</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0984022c-c6fa-4fbf-ace2-6b3a63f0c91f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153674 136.3710472 0 36.3154402 136.3710097 0 36.3154209 136.3709524 0 36.3153481 136.3709899 0 36.3153674 136.3710472 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153481 136.3709899 11.8 36.3154209 136.3709524 11.8 36.3154402 136.3710097 11.8 36.3153674 136.3710472 11.8 36.3153481 136.3709899 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153674 136.3710472 11.8 36.3154402 136.3710097 11.8 36.3154402 136.3710097 15.71 36.3153674 136.3710472 15.71 36.3153674 136.3710472 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154402 136.3710097 11.8 36.3154209 136.3709524 11.8 36.3154209 136.3709524 15.71 36.3154402 136.3710097 15.71 36.3154402 136.3710097 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154209 136.3709524 11.8 36.3153481 136.3709899 11.8 36.3153481 136.3709899 15.71 36.3154209 136.3709524 15.71 36.3154209 136.3709524 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153481 136.3709899 11.8 36.3153674 136.3710472 11.8 36.3153674 136.3710472 15.71 36.3153481 136.3709899 15.71 36.3153481 136.3709899 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153674 136.3710472 15.71 36.3154402 136.3710097 15.71 36.3154209 136.3709524 15.71 36.3153481 136.3709899 15.71 36.3153674 136.3710472 15.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">46.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">48.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-860</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c431b28d-0a4a-4148-9fd7-1a75d9fa0f16">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154887 136.3709897 0 36.3156184 136.370923 0 36.3155981 136.3708629 0 36.3154685 136.3709297 0 36.3154887 136.3709897 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154685 136.3709297 11.7 36.3155981 136.3708629 11.7 36.3156184 136.370923 11.7 36.3154887 136.3709897 11.7 36.3154685 136.3709297 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154887 136.3709897 11.7 36.3156184 136.370923 11.7 36.3156184 136.370923 15.3 36.3154887 136.3709897 15.3 36.3154887 136.3709897 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156184 136.370923 11.7 36.3155981 136.3708629 11.7 36.3155981 136.3708629 15.3 36.3156184 136.370923 15.3 36.3156184 136.370923 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155981 136.3708629 11.7 36.3154685 136.3709297 11.7 36.3154685 136.3709297 15.3 36.3155981 136.3708629 15.3 36.3155981 136.3708629 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154685 136.3709297 11.7 36.3154887 136.3709897 11.7 36.3154887 136.3709897 15.3 36.3154685 136.3709297 15.3 36.3154685 136.3709297 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154887 136.3709897 15.3 36.3156184 136.370923 15.3 36.3155981 136.3708629 15.3 36.3154685 136.3709297 15.3 36.3154887 136.3709897 15.3</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.72</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">90.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-861</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_51175c5e-88ce-4dd5-b544-5112818f45ef">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151262 136.371378 0 36.3150359 136.3714245 0 36.3150645 136.3715094 0 36.3151548 136.3714629 0 36.3151262 136.371378 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151548 136.3714629 11.99 36.3150645 136.3715094 11.99 36.3150359 136.3714245 11.99 36.3151262 136.371378 11.99 36.3151548 136.3714629 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151262 136.371378 11.99 36.3150359 136.3714245 11.99 36.3150359 136.3714245 19.02 36.3151262 136.371378 19.02 36.3151262 136.371378 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150359 136.3714245 11.99 36.3150645 136.3715094 11.99 36.3150645 136.3715094 19.02 36.3150359 136.3714245 19.02 36.3150359 136.3714245 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150645 136.3715094 11.99 36.3151548 136.3714629 11.99 36.3151548 136.3714629 19.02 36.3150645 136.3715094 19.02 36.3150645 136.3715094 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151548 136.3714629 11.99 36.3151262 136.371378 11.99 36.3151262 136.371378 19.02 36.3151548 136.3714629 19.02 36.3151548 136.3714629 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151262 136.371378 19.02 36.3150359 136.3714245 19.02 36.3150645 136.3715094 19.02 36.3151548 136.3714629 19.02 36.3151262 136.371378 19.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">148.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">89.65</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-862</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8bd6f3a1-eea1-450d-8bb0-d49c9283b226">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152003 136.3715371 0 36.3150926 136.3715926 0 36.3151284 136.3716989 0 36.3152361 136.3716435 0 36.3152003 136.3715371 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152361 136.3716435 11.98 36.3151284 136.3716989 11.98 36.3150926 136.3715926 11.98 36.3152003 136.3715371 11.98 36.3152361 136.3716435 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152003 136.3715371 11.98 36.3150926 136.3715926 11.98 36.3150926 136.3715926 16.2 36.3152003 136.3715371 16.2 36.3152003 136.3715371 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150926 136.3715926 11.98 36.3151284 136.3716989 11.98 36.3151284 136.3716989 16.2 36.3150926 136.3715926 16.2 36.3150926 136.3715926 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151284 136.3716989 11.98 36.3152361 136.3716435 11.98 36.3152361 136.3716435 16.2 36.3151284 136.3716989 16.2 36.3151284 136.3716989 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152361 136.3716435 11.98 36.3152003 136.3715371 11.98 36.3152003 136.3715371 16.2 36.3152361 136.3716435 16.2 36.3152361 136.3716435 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152003 136.3715371 16.2 36.3150926 136.3715926 16.2 36.3151284 136.3716989 16.2 36.3152361 136.3716435 16.2 36.3152003 136.3715371 16.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">110.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">133.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-863</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4be8fb92-decd-4c1a-8170-b406a7aa695f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1994</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153214 136.3713308 0 36.315195 136.3713959 0 36.3152206 136.3714718 0 36.315347 136.3714067 0 36.3153214 136.3713308 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315347 136.3714067 11.96 36.3152206 136.3714718 11.96 36.315195 136.3713959 11.96 36.3153214 136.3713308 11.96 36.315347 136.3714067 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153214 136.3713308 11.96 36.315195 136.3713959 11.96 36.315195 136.3713959 16.79 36.3153214 136.3713308 16.79 36.3153214 136.3713308 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315195 136.3713959 11.96 36.3152206 136.3714718 11.96 36.3152206 136.3714718 16.79 36.315195 136.3713959 16.79 36.315195 136.3713959 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152206 136.3714718 11.96 36.315347 136.3714067 11.96 36.315347 136.3714067 16.79 36.3152206 136.3714718 16.79 36.3152206 136.3714718 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315347 136.3714067 11.96 36.3153214 136.3713308 11.96 36.3153214 136.3713308 16.79 36.315347 136.3714067 16.79 36.315347 136.3714067 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153214 136.3713308 16.79 36.315195 136.3713959 16.79 36.3152206 136.3714718 16.79 36.315347 136.3714067 16.79 36.3153214 136.3713308 16.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">108.85</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-864</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_523c1150-e978-4b2f-b49f-3b44d11c8bea">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154563 136.371207 0 36.3153597 136.3712567 0 36.3153885 136.371342 0 36.315485 136.3712923 0 36.3154563 136.371207 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315485 136.3712923 11.86 36.3153885 136.371342 11.86 36.3153597 136.3712567 11.86 36.3154563 136.371207 11.86 36.315485 136.3712923 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154563 136.371207 11.86 36.3153597 136.3712567 11.86 36.3153597 136.3712567 15.96 36.3154563 136.371207 15.96 36.3154563 136.371207 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153597 136.3712567 11.86 36.3153885 136.371342 11.86 36.3153885 136.371342 15.96 36.3153597 136.3712567 15.96 36.3153597 136.3712567 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153885 136.371342 11.86 36.315485 136.3712923 11.86 36.315485 136.3712923 15.96 36.3153885 136.371342 15.96 36.3153885 136.371342 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315485 136.3712923 11.86 36.3154563 136.371207 11.86 36.3154563 136.371207 15.96 36.315485 136.3712923 15.96 36.315485 136.3712923 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154563 136.371207 15.96 36.3153597 136.3712567 15.96 36.3153885 136.371342 15.96 36.315485 136.3712923 15.96 36.3154563 136.371207 15.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-865</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_187444da-06a0-4cd8-92bc-f0d4e390dff4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156597 136.3710871 0 36.3155273 136.3711553 0 36.315569 136.3712791 0 36.3157015 136.3712109 0 36.3156597 136.3710871 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157015 136.3712109 11.79 36.315569 136.3712791 11.79 36.3155273 136.3711553 11.79 36.3156597 136.3710871 11.79 36.3157015 136.3712109 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156597 136.3710871 11.79 36.3155273 136.3711553 11.79 36.3155273 136.3711553 18.96 36.3156597 136.3710871 18.96 36.3156597 136.3710871 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155273 136.3711553 11.79 36.315569 136.3712791 11.79 36.315569 136.3712791 18.96 36.3155273 136.3711553 18.96 36.3155273 136.3711553 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315569 136.3712791 11.79 36.3157015 136.3712109 11.79 36.3157015 136.3712109 18.96 36.315569 136.3712791 18.96 36.315569 136.3712791 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157015 136.3712109 11.79 36.3156597 136.3710871 11.79 36.3156597 136.3710871 18.96 36.3157015 136.3712109 18.96 36.3157015 136.3712109 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156597 136.3710871 18.96 36.3155273 136.3711553 18.96 36.315569 136.3712791 18.96 36.3157015 136.3712109 18.96 36.3156597 136.3710871 18.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">356.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">191.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-866</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a4167aa0-a192-4548-bb83-ac5043d1efcb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158423 136.3708069 0 36.3159667 136.3707429 0 36.3159455 136.37068 0 36.3158211 136.3707441 0 36.3158423 136.3708069 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158211 136.3707441 11.7 36.3159455 136.37068 11.7 36.3159667 136.3707429 11.7 36.3158423 136.3708069 11.7 36.3158211 136.3707441 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158423 136.3708069 11.7 36.3159667 136.3707429 11.7 36.3159667 136.3707429 16.4 36.3158423 136.3708069 16.4 36.3158423 136.3708069 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159667 136.3707429 11.7 36.3159455 136.37068 11.7 36.3159455 136.37068 16.4 36.3159667 136.3707429 16.4 36.3159667 136.3707429 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159455 136.37068 11.7 36.3158211 136.3707441 11.7 36.3158211 136.3707441 16.4 36.3159455 136.37068 16.4 36.3159455 136.37068 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158211 136.3707441 11.7 36.3158423 136.3708069 11.7 36.3158423 136.3708069 16.4 36.3158211 136.3707441 16.4 36.3158211 136.3707441 11.7</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158423 136.3708069 16.4 36.3159667 136.3707429 16.4 36.3159455 136.37068 16.4 36.3158211 136.3707441 16.4 36.3158423 136.3708069 16.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">80.1</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-867</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_12b766cb-255f-4ced-9cf4-a6ddee5db67e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1967</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160465 136.3706938 0 36.3161876 136.3706211 0 36.3161436 136.3704904 0 36.3160024 136.370563 0 36.3160465 136.3706938 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160024 136.370563 11.68 36.3161436 136.3704904 11.68 36.3161876 136.3706211 11.68 36.3160465 136.3706938 11.68 36.3160024 136.370563 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160465 136.3706938 11.68 36.3161876 136.3706211 11.68 36.3161876 136.3706211 19.13 36.3160465 136.3706938 19.13 36.3160465 136.3706938 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161876 136.3706211 11.68 36.3161436 136.3704904 11.68 36.3161436 136.3704904 19.13 36.3161876 136.3706211 19.13 36.3161876 136.3706211 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161436 136.3704904 11.68 36.3160024 136.370563 11.68 36.3160024 136.370563 19.13 36.3161436 136.3704904 19.13 36.3161436 136.3704904 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160024 136.370563 11.68 36.3160465 136.3706938 11.68 36.3160465 136.3706938 19.13 36.3160024 136.370563 19.13 36.3160024 136.370563 11.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160465 136.3706938 19.13 36.3161876 136.3706211 19.13 36.3161436 136.3704904 19.13 36.3160024 136.370563 19.13 36.3160465 136.3706938 19.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">394.04</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">215.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-868</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1feaf9a3-1660-49b9-9155-47c3b81a8fe4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162192 136.3706051 0 36.3163439 136.370541 0 36.3163152 136.3704559 0 36.3161905 136.3705201 0 36.3162192 136.3706051 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161905 136.3705201 11.74 36.3163152 136.3704559 11.74 36.3163439 136.370541 11.74 36.3162192 136.3706051 11.74 36.3161905 136.3705201 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162192 136.3706051 11.74 36.3163439 136.370541 11.74 36.3163439 136.370541 16.38 36.3162192 136.3706051 16.38 36.3162192 136.3706051 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163439 136.370541 11.74 36.3163152 136.3704559 11.74 36.3163152 136.3704559 16.38 36.3163439 136.370541 16.38 36.3163439 136.370541 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163152 136.3704559 11.74 36.3161905 136.3705201 11.74 36.3161905 136.3705201 16.38 36.3163152 136.3704559 16.38 36.3163152 136.3704559 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161905 136.3705201 11.74 36.3162192 136.3706051 11.74 36.3162192 136.3706051 16.38 36.3161905 136.3705201 16.38 36.3161905 136.3705201 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162192 136.3706051 16.38 36.3163439 136.370541 16.38 36.3163152 136.3704559 16.38 36.3161905 136.3705201 16.38 36.3162192 136.3706051 16.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">101.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">123.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-869</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c15cbc15-cb5a-4683-9e7f-3ca37ba459d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164336 136.3704845 0 36.3165321 136.3704338 0 36.3165051 136.370354 0 36.3164067 136.3704047 0 36.3164336 136.3704845 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164067 136.3704047 11.82 36.3165051 136.370354 11.82 36.3165321 136.3704338 11.82 36.3164336 136.3704845 11.82 36.3164067 136.3704047 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164336 136.3704845 11.82 36.3165321 136.3704338 11.82 36.3165321 136.3704338 18.35 36.3164336 136.3704845 18.35 36.3164336 136.3704845 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165321 136.3704338 11.82 36.3165051 136.370354 11.82 36.3165051 136.370354 18.35 36.3165321 136.3704338 18.35 36.3165321 136.3704338 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165051 136.370354 11.82 36.3164067 136.3704047 11.82 36.3164067 136.3704047 18.35 36.3165051 136.370354 18.35 36.3165051 136.370354 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164067 136.3704047 11.82 36.3164336 136.3704845 11.82 36.3164336 136.3704845 18.35 36.3164067 136.3704047 18.35 36.3164067 136.3704047 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164336 136.3704845 18.35 36.3165321 136.3704338 18.35 36.3165051 136.370354 18.35 36.3164067 136.3704047 18.35 36.3164336 136.3704845 18.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">180.22</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">91.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-870</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8134e31d-1d0d-42fd-97cf-c70ce44024f6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164634 136.3703573 0 36.3164999 136.3703385 0 36.3164862 136.3702977 0 36.3164496 136.3703165 0 36.3164634 136.3703573 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164496 136.3703165 11.8 36.3164862 136.3702977 11.8 36.3164999 136.3703385 11.8 36.3164634 136.3703573 11.8 36.3164496 136.3703165 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164634 136.3703573 11.8 36.3164999 136.3703385 11.8 36.3164999 136.3703385 14.42 36.3164634 136.3703573 14.42 36.3164634 136.3703573 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164999 136.3703385 11.8 36.3164862 136.3702977 11.8 36.3164862 136.3702977 14.42 36.3164999 136.3703385 14.42 36.3164999 136.3703385 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164862 136.3702977 11.8 36.3164496 136.3703165 11.8 36.3164496 136.3703165 14.42 36.3164862 136.3702977 14.42 36.3164862 136.3702977 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164496 136.3703165 11.8 36.3164634 136.3703573 11.8 36.3164634 136.3703573 14.42 36.3164496 136.3703165 14.42 36.3164496 136.3703165 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164634 136.3703573 14.42 36.3164999 136.3703385 14.42 36.3164862 136.3702977 14.42 36.3164496 136.3703165 14.42 36.3164634 136.3703573 14.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">14.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">17.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-871</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0ccb5ec4-5be0-422d-ad86-c5b5801cd37a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161591 136.3708165 0 36.3160363 136.3708798 0 36.3160732 136.3709893 0 36.316196 136.3709261 0 36.3161591 136.3708165 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316196 136.3709261 11.77 36.3160732 136.3709893 11.77 36.3160363 136.3708798 11.77 36.3161591 136.3708165 11.77 36.316196 136.3709261 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161591 136.3708165 11.77 36.3160363 136.3708798 11.77 36.3160363 136.3708798 18.76 36.3161591 136.3708165 18.76 36.3161591 136.3708165 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160363 136.3708798 11.77 36.3160732 136.3709893 11.77 36.3160732 136.3709893 18.76 36.3160363 136.3708798 18.76 36.3160363 136.3708798 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160732 136.3709893 11.77 36.316196 136.3709261 11.77 36.316196 136.3709261 18.76 36.3160732 136.3709893 18.76 36.3160732 136.3709893 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316196 136.3709261 11.77 36.3161591 136.3708165 11.77 36.3161591 136.3708165 18.76 36.316196 136.3709261 18.76 36.316196 136.3709261 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161591 136.3708165 18.76 36.3160363 136.3708798 18.76 36.3160732 136.3709893 18.76 36.316196 136.3709261 18.76 36.3161591 136.3708165 18.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">264.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">157.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-872</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9f6241e5-ddb9-4b7d-bff8-1ee7ce5ad780">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2010</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161886 136.3710185 0 36.3160987 136.3710648 0 36.3161228 136.3711363 0 36.3162127 136.37109 0 36.3161886 136.3710185 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162127 136.37109 11.79 36.3161228 136.3711363 11.79 36.3160987 136.3710648 11.79 36.3161886 136.3710185 11.79 36.3162127 136.37109 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161886 136.3710185 11.79 36.3160987 136.3710648 11.79 36.3160987 136.3710648 17.16 36.3161886 136.3710185 17.16 36.3161886 136.3710185 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160987 136.3710648 11.79 36.3161228 136.3711363 11.79 36.3161228 136.3711363 17.16 36.3160987 136.3710648 17.16 36.3160987 136.3710648 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161228 136.3711363 11.79 36.3162127 136.37109 11.79 36.3162127 136.37109 17.16 36.3161228 136.3711363 17.16 36.3161228 136.3711363 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162127 136.37109 11.79 36.3161886 136.3710185 11.79 36.3161886 136.3710185 17.16 36.3162127 136.37109 17.16 36.3162127 136.37109 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161886 136.3710185 17.16 36.3160987 136.3710648 17.16 36.3161228 136.3711363 17.16 36.3162127 136.37109 17.16 36.3161886 136.3710185 17.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">64.32</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.24</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-873</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f9f9472c-2936-408a-b3be-4b6e74a6dad0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165075 136.3706802 0 36.3164005 136.3707353 0 36.3164441 136.3708644 0 36.316551 136.3708093 0 36.3165075 136.3706802 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316551 136.3708093 11.82 36.3164441 136.3708644 11.82 36.3164005 136.3707353 11.82 36.3165075 136.3706802 11.82 36.316551 136.3708093 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165075 136.3706802 11.82 36.3164005 136.3707353 11.82 36.3164005 136.3707353 16.15 36.3165075 136.3706802 16.15 36.3165075 136.3706802 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164005 136.3707353 11.82 36.3164441 136.3708644 11.82 36.3164441 136.3708644 16.15 36.3164005 136.3707353 16.15 36.3164005 136.3707353 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164441 136.3708644 11.82 36.316551 136.3708093 11.82 36.316551 136.3708093 16.15 36.3164441 136.3708644 16.15 36.3164441 136.3708644 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316551 136.3708093 11.82 36.3165075 136.3706802 11.82 36.3165075 136.3706802 16.15 36.316551 136.3708093 16.15 36.316551 136.3708093 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165075 136.3706802 16.15 36.3164005 136.3707353 16.15 36.3164441 136.3708644 16.15 36.316551 136.3708093 16.15 36.3165075 136.3706802 16.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">158.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">161.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-874</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_001dc6d6-92af-4758-9d35-5dcc27608757">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1957</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165804 136.3709125 0 36.3164781 136.3709653 0 36.3165117 136.371065 0 36.3166141 136.3710123 0 36.3165804 136.3709125 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166141 136.3710123 11.77 36.3165117 136.371065 11.77 36.3164781 136.3709653 11.77 36.3165804 136.3709125 11.77 36.3166141 136.3710123 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165804 136.3709125 11.77 36.3164781 136.3709653 11.77 36.3164781 136.3709653 16.21 36.3165804 136.3709125 16.21 36.3165804 136.3709125 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164781 136.3709653 11.77 36.3165117 136.371065 11.77 36.3165117 136.371065 16.21 36.3164781 136.3709653 16.21 36.3164781 136.3709653 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165117 136.371065 11.77 36.3166141 136.3710123 11.77 36.3166141 136.3710123 16.21 36.3165117 136.371065 16.21 36.3165117 136.371065 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166141 136.3710123 11.77 36.3165804 136.3709125 11.77 36.3165804 136.3709125 16.21 36.3166141 136.3710123 16.21 36.3166141 136.3710123 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165804 136.3709125 16.21 36.3164781 136.3709653 16.21 36.3165117 136.371065 16.21 36.3166141 136.3710123 16.21 36.3165804 136.3709125 16.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">103.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">119.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-875</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b220b7b0-112d-450d-bff8-b7f1707c1812">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163222 136.3698788 0 36.316271 136.3697268 0 36.3161729 136.3697773 0 36.3162242 136.3699293 0 36.3163222 136.3698788 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162242 136.3699293 11.55 36.3161729 136.3697773 11.55 36.316271 136.3697268 11.55 36.3163222 136.3698788 11.55 36.3162242 136.3699293 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163222 136.3698788 11.55 36.316271 136.3697268 11.55 36.316271 136.3697268 15.64 36.3163222 136.3698788 15.64 36.3163222 136.3698788 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316271 136.3697268 11.55 36.3161729 136.3697773 11.55 36.3161729 136.3697773 15.64 36.316271 136.3697268 15.64 36.316271 136.3697268 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161729 136.3697773 11.55 36.3162242 136.3699293 11.55 36.3162242 136.3699293 15.64 36.3161729 136.3697773 15.64 36.3161729 136.3697773 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162242 136.3699293 11.55 36.3163222 136.3698788 11.55 36.3163222 136.3698788 15.64 36.3162242 136.3699293 15.64 36.3162242 136.3699293 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163222 136.3698788 15.64 36.316271 136.3697268 15.64 36.3161729 136.3697773 15.64 36.3162242 136.3699293 15.64 36.3163222 136.3698788 15.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">174.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1352</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_622bb166-219c-45f6-a502-ea614be463ec">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161336 136.3699272 0 36.3160964 136.3698167 0 36.3160455 136.3698429 0 36.3160828 136.3699534 0 36.3161336 136.3699272 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160828 136.3699534 11.57 36.3160455 136.3698429 11.57 36.3160964 136.3698167 11.57 36.3161336 136.3699272 11.57 36.3160828 136.3699534 11.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161336 136.3699272 11.57 36.3160964 136.3698167 11.57 36.3160964 136.3698167 15.94 36.3161336 136.3699272 15.94 36.3161336 136.3699272 11.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160964 136.3698167 11.57 36.3160455 136.3698429 11.57 36.3160455 136.3698429 15.94 36.3160964 136.3698167 15.94 36.3160964 136.3698167 11.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160455 136.3698429 11.57 36.3160828 136.3699534 11.57 36.3160828 136.3699534 15.94 36.3160455 136.3698429 15.94 36.3160455 136.3698429 11.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160828 136.3699534 11.57 36.3161336 136.3699272 11.57 36.3161336 136.3699272 15.94 36.3160828 136.3699534 15.94 36.3160828 136.3699534 11.57</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161336 136.3699272 15.94 36.3160964 136.3698167 15.94 36.3160455 136.3698429 15.94 36.3160828 136.3699534 15.94 36.3161336 136.3699272 15.94</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">60.59</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1353</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a12d957b-5899-4460-bd4c-ef2cd92f62b6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163842 136.3701058 0 36.3163348 136.3699592 0 36.316259 136.3699982 0 36.3163084 136.3701449 0 36.3163842 136.3701058 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163084 136.3701449 11.64 36.316259 136.3699982 11.64 36.3163348 136.3699592 11.64 36.3163842 136.3701058 11.64 36.3163084 136.3701449 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163842 136.3701058 11.64 36.3163348 136.3699592 11.64 36.3163348 136.3699592 17.18 36.3163842 136.3701058 17.18 36.3163842 136.3701058 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163348 136.3699592 11.64 36.316259 136.3699982 11.64 36.316259 136.3699982 17.18 36.3163348 136.3699592 17.18 36.3163348 136.3699592 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316259 136.3699982 11.64 36.3163084 136.3701449 11.64 36.3163084 136.3701449 17.18 36.316259 136.3699982 17.18 36.316259 136.3699982 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163084 136.3701449 11.64 36.3163842 136.3701058 11.64 36.3163842 136.3701058 17.18 36.3163084 136.3701449 17.18 36.3163084 136.3701449 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163842 136.3701058 17.18 36.3163348 136.3699592 17.18 36.316259 136.3699982 17.18 36.3163084 136.3701449 17.18 36.3163842 136.3701058 17.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">111.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">130.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1354</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_587bc285-b95c-43fb-b767-469e0f29952a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166401 136.3707956 0 36.3165973 136.3706685 0 36.3165429 136.3706965 0 36.3165857 136.3708236 0 36.3166401 136.3707956 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165857 136.3708236 11.79 36.3165429 136.3706965 11.79 36.3165973 136.3706685 11.79 36.3166401 136.3707956 11.79 36.3165857 136.3708236 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166401 136.3707956 11.79 36.3165973 136.3706685 11.79 36.3165973 136.3706685 16.74 36.3166401 136.3707956 16.74 36.3166401 136.3707956 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165973 136.3706685 11.79 36.3165429 136.3706965 11.79 36.3165429 136.3706965 16.74 36.3165973 136.3706685 16.74 36.3165973 136.3706685 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165429 136.3706965 11.79 36.3165857 136.3708236 11.79 36.3165857 136.3708236 16.74 36.3165429 136.3706965 16.74 36.3165429 136.3706965 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165857 136.3708236 11.79 36.3166401 136.3707956 11.79 36.3166401 136.3707956 16.74 36.3165857 136.3708236 16.74 36.3165857 136.3708236 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166401 136.3707956 16.74 36.3165973 136.3706685 16.74 36.3165429 136.3706965 16.74 36.3165857 136.3708236 16.74 36.3166401 136.3707956 16.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">79.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.76</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1358</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_db29f7ce-8eb1-4632-8903-13eddba78abb">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166388 136.3712855 0 36.3165874 136.3711332 0 36.3165354 136.3711601 0 36.3165867 136.3713123 0 36.3166388 136.3712855 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165867 136.3713123 11.71 36.3165354 136.3711601 11.71 36.3165874 136.3711332 11.71 36.3166388 136.3712855 11.71 36.3165867 136.3713123 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166388 136.3712855 11.71 36.3165874 136.3711332 11.71 36.3165874 136.3711332 15.34 36.3166388 136.3712855 15.34 36.3166388 136.3712855 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165874 136.3711332 11.71 36.3165354 136.3711601 11.71 36.3165354 136.3711601 15.34 36.3165874 136.3711332 15.34 36.3165874 136.3711332 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165354 136.3711601 11.71 36.3165867 136.3713123 11.71 36.3165867 136.3713123 15.34 36.3165354 136.3711601 15.34 36.3165354 136.3711601 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165867 136.3713123 11.71 36.3166388 136.3712855 11.71 36.3166388 136.3712855 15.34 36.3165867 136.3713123 15.34 36.3165867 136.3713123 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166388 136.3712855 15.34 36.3165874 136.3711332 15.34 36.3165354 136.3711601 15.34 36.3165867 136.3713123 15.34 36.3166388 136.3712855 15.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">82.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1360</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2c0cb803-85cf-4dc9-bb83-0666138fd31e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2006</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120432 136.3740535 0 36.312086 136.3741802 0 36.3121523 136.3741461 0 36.3121096 136.3740193 0 36.3120432 136.3740535 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121096 136.3740193 13.53 36.3121523 136.3741461 13.53 36.312086 136.3741802 13.53 36.3120432 136.3740535 13.53 36.3121096 136.3740193 13.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120432 136.3740535 13.53 36.312086 136.3741802 13.53 36.312086 136.3741802 19.25 36.3120432 136.3740535 19.25 36.3120432 136.3740535 13.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312086 136.3741802 13.53 36.3121523 136.3741461 13.53 36.3121523 136.3741461 19.25 36.312086 136.3741802 19.25 36.312086 136.3741802 13.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121523 136.3741461 13.53 36.3121096 136.3740193 13.53 36.3121096 136.3740193 19.25 36.3121523 136.3741461 19.25 36.3121523 136.3741461 13.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121096 136.3740193 13.53 36.3120432 136.3740535 13.53 36.3120432 136.3740535 19.25 36.3121096 136.3740193 19.25 36.3121096 136.3740193 13.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120432 136.3740535 19.25 36.312086 136.3741802 19.25 36.3121523 136.3741461 19.25 36.3121096 136.3740193 19.25 36.3120432 136.3740535 19.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">193.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">98.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1362</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c61929a0-d6bf-4d74-bfd1-747b92c195b8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121732 136.3739866 0 36.3122148 136.37411 0 36.3122837 136.3740745 0 36.3122421 136.3739511 0 36.3121732 136.3739866 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122421 136.3739511 13.06 36.3122837 136.3740745 13.06 36.3122148 136.37411 13.06 36.3121732 136.3739866 13.06 36.3122421 136.3739511 13.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121732 136.3739866 13.06 36.3122148 136.37411 13.06 36.3122148 136.37411 19.81 36.3121732 136.3739866 19.81 36.3121732 136.3739866 13.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122148 136.37411 13.06 36.3122837 136.3740745 13.06 36.3122837 136.3740745 19.81 36.3122148 136.37411 19.81 36.3122148 136.37411 13.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122837 136.3740745 13.06 36.3122421 136.3739511 13.06 36.3122421 136.3739511 19.81 36.3122837 136.3740745 19.81 36.3122837 136.3740745 13.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122421 136.3739511 13.06 36.3121732 136.3739866 13.06 36.3121732 136.3739866 19.81 36.3122421 136.3739511 19.81 36.3122421 136.3739511 13.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121732 136.3739866 19.81 36.3122148 136.37411 19.81 36.3122837 136.3740745 19.81 36.3122421 136.3739511 19.81 36.3121732 136.3739866 19.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">171.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">99.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1363</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_63611951-3c52-4202-8efc-013c32bcb1b9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121648 136.3741396 0 36.3121929 136.3741252 0 36.312182 136.3740929 0 36.3121539 136.3741073 0 36.3121648 136.3741396 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121539 136.3741073 13.39 36.312182 136.3740929 13.39 36.3121929 136.3741252 13.39 36.3121648 136.3741396 13.39 36.3121539 136.3741073 13.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121648 136.3741396 13.39 36.3121929 136.3741252 13.39 36.3121929 136.3741252 15.93 36.3121648 136.3741396 15.93 36.3121648 136.3741396 13.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121929 136.3741252 13.39 36.312182 136.3740929 13.39 36.312182 136.3740929 15.93 36.3121929 136.3741252 15.93 36.3121929 136.3741252 13.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312182 136.3740929 13.39 36.3121539 136.3741073 13.39 36.3121539 136.3741073 15.93 36.312182 136.3740929 15.93 36.312182 136.3740929 13.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121539 136.3741073 13.39 36.3121648 136.3741396 13.39 36.3121648 136.3741396 15.93 36.3121539 136.3741073 15.93 36.3121539 136.3741073 13.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121648 136.3741396 15.93 36.3121929 136.3741252 15.93 36.312182 136.3740929 15.93 36.3121539 136.3741073 15.93 36.3121648 136.3741396 15.93</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">9.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">10.6</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1364</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1e22ffab-2ef0-4f39-9e13-e1c10269ce41">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121397 136.3742057 0 36.312186 136.3743432 0 36.3122525 136.374309 0 36.3122062 136.3741715 0 36.3121397 136.3742057 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122062 136.3741715 13.03 36.3122525 136.374309 13.03 36.312186 136.3743432 13.03 36.3121397 136.3742057 13.03 36.3122062 136.3741715 13.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121397 136.3742057 13.03 36.312186 136.3743432 13.03 36.312186 136.3743432 17.88 36.3121397 136.3742057 17.88 36.3121397 136.3742057 13.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312186 136.3743432 13.03 36.3122525 136.374309 13.03 36.3122525 136.374309 17.88 36.312186 136.3743432 17.88 36.312186 136.3743432 13.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122525 136.374309 13.03 36.3122062 136.3741715 13.03 36.3122062 136.3741715 17.88 36.3122525 136.374309 17.88 36.3122525 136.374309 13.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122062 136.3741715 13.03 36.3121397 136.3742057 13.03 36.3121397 136.3742057 17.88 36.3122062 136.3741715 17.88 36.3122062 136.3741715 13.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121397 136.3742057 17.88 36.312186 136.3743432 17.88 36.3122525 136.374309 17.88 36.3122062 136.3741715 17.88 36.3121397 136.3742057 17.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">102.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.96</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1365</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_533e1cc5-cd00-4a17-b2ee-a3dd1451252e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119938 136.374397 0 36.3119449 136.3742519 0 36.3118571 136.374297 0 36.311906 136.3744422 0 36.3119938 136.374397 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.311906 136.3744422 13.65 36.3118571 136.374297 13.65 36.3119449 136.3742519 13.65 36.3119938 136.374397 13.65 36.311906 136.3744422 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119938 136.374397 13.65 36.3119449 136.3742519 13.65 36.3119449 136.3742519 18.31 36.3119938 136.374397 18.31 36.3119938 136.374397 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119449 136.3742519 13.65 36.3118571 136.374297 13.65 36.3118571 136.374297 18.31 36.3119449 136.3742519 18.31 36.3119449 136.3742519 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3118571 136.374297 13.65 36.311906 136.3744422 13.65 36.311906 136.3744422 18.31 36.3118571 136.374297 18.31 36.3118571 136.374297 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.311906 136.3744422 13.65 36.3119938 136.374397 13.65 36.3119938 136.374397 18.31 36.311906 136.3744422 18.31 36.311906 136.3744422 13.65</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119938 136.374397 18.31 36.3119449 136.3742519 18.31 36.3118571 136.374297 18.31 36.311906 136.3744422 18.31 36.3119938 136.374397 18.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">126.39</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">148.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1366</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f74149b4-d8ac-454d-81a6-7d5b3e15cbee">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120367 136.3745514 0 36.3119992 136.3744402 0 36.3119185 136.3744818 0 36.311956 136.3745929 0 36.3120367 136.3745514 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.311956 136.3745929 13.12 36.3119185 136.3744818 13.12 36.3119992 136.3744402 13.12 36.3120367 136.3745514 13.12 36.311956 136.3745929 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120367 136.3745514 13.12 36.3119992 136.3744402 13.12 36.3119992 136.3744402 19.98 36.3120367 136.3745514 19.98 36.3120367 136.3745514 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119992 136.3744402 13.12 36.3119185 136.3744818 13.12 36.3119185 136.3744818 19.98 36.3119992 136.3744402 19.98 36.3119992 136.3744402 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119185 136.3744818 13.12 36.311956 136.3745929 13.12 36.311956 136.3745929 19.98 36.3119185 136.3744818 19.98 36.3119185 136.3744818 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.311956 136.3745929 13.12 36.3120367 136.3745514 13.12 36.3120367 136.3745514 19.98 36.311956 136.3745929 19.98 36.311956 136.3745929 13.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120367 136.3745514 19.98 36.3119992 136.3744402 19.98 36.3119185 136.3744818 19.98 36.311956 136.3745929 19.98 36.3120367 136.3745514 19.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">189.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1367</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_13687600-0edb-4d0a-a182-d16d6371d1e7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121018 136.3746862 0 36.3119962 136.3747406 0 36.3120383 136.3748653 0 36.3121439 136.3748109 0 36.3121018 136.3746862 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121439 136.3748109 12.95 36.3120383 136.3748653 12.95 36.3119962 136.3747406 12.95 36.3121018 136.3746862 12.95 36.3121439 136.3748109 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121018 136.3746862 12.95 36.3119962 136.3747406 12.95 36.3119962 136.3747406 20.38 36.3121018 136.3746862 20.38 36.3121018 136.3746862 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119962 136.3747406 12.95 36.3120383 136.3748653 12.95 36.3120383 136.3748653 20.38 36.3119962 136.3747406 20.38 36.3119962 136.3747406 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120383 136.3748653 12.95 36.3121439 136.3748109 12.95 36.3121439 136.3748109 20.38 36.3120383 136.3748653 20.38 36.3120383 136.3748653 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121439 136.3748109 12.95 36.3121018 136.3746862 12.95 36.3121018 136.3746862 20.38 36.3121439 136.3748109 20.38 36.3121439 136.3748109 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121018 136.3746862 20.38 36.3119962 136.3747406 20.38 36.3120383 136.3748653 20.38 36.3121439 136.3748109 20.38 36.3121018 136.3746862 20.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">273.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">154.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1368</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2f8cacf0-2ae2-4e6f-a6b8-d8f96efed6c8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120151 136.37484 0 36.3119892 136.3748534 0 36.3119999 136.3748851 0 36.3120258 136.3748717 0 36.3120151 136.37484 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120258 136.3748717 12.95 36.3119999 136.3748851 12.95 36.3119892 136.3748534 12.95 36.3120151 136.37484 12.95 36.3120258 136.3748717 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120151 136.37484 12.95 36.3119892 136.3748534 12.95 36.3119892 136.3748534 15.8 36.3120151 136.37484 15.8 36.3120151 136.37484 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119892 136.3748534 12.95 36.3119999 136.3748851 12.95 36.3119999 136.3748851 15.8 36.3119892 136.3748534 15.8 36.3119892 136.3748534 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3119999 136.3748851 12.95 36.3120258 136.3748717 12.95 36.3120258 136.3748717 15.8 36.3119999 136.3748851 15.8 36.3119999 136.3748851 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120258 136.3748717 12.95 36.3120151 136.37484 12.95 36.3120151 136.37484 15.8 36.3120258 136.3748717 15.8 36.3120258 136.3748717 12.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120151 136.37484 15.8 36.3119892 136.3748534 15.8 36.3119999 136.3748851 15.8 36.3120258 136.3748717 15.8 36.3120151 136.37484 15.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">8.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">9.61</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1369</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8d27edd8-08e9-4da6-ae97-8e270ae680b6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147006 136.3699383 0 36.3147784 136.3698982 0 36.3147479 136.3698076 0 36.31467 136.3698477 0 36.3147006 136.3699383 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31467 136.3698477 11.96 36.3147479 136.3698076 11.96 36.3147784 136.3698982 11.96 36.3147006 136.3699383 11.96 36.31467 136.3698477 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147006 136.3699383 11.96 36.3147784 136.3698982 11.96 36.3147784 136.3698982 16.48 36.3147006 136.3699383 16.48 36.3147006 136.3699383 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147784 136.3698982 11.96 36.3147479 136.3698076 11.96 36.3147479 136.3698076 16.48 36.3147784 136.3698982 16.48 36.3147784 136.3698982 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147479 136.3698076 11.96 36.31467 136.3698477 11.96 36.31467 136.3698477 16.48 36.3147479 136.3698076 16.48 36.3147479 136.3698076 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31467 136.3698477 11.96 36.3147006 136.3699383 11.96 36.3147006 136.3699383 16.48 36.31467 136.3698477 16.48 36.31467 136.3698477 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147006 136.3699383 16.48 36.3147784 136.3698982 16.48 36.3147479 136.3698076 16.48 36.31467 136.3698477 16.48 36.3147006 136.3699383 16.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">71.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.48</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1891</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4161c842-d13e-4f79-b45c-0420fbbadab0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148602 136.3698562 0 36.3149946 136.369787 0 36.3149594 136.3696826 0 36.314825 136.3697518 0 36.3148602 136.3698562 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314825 136.3697518 11.82 36.3149594 136.3696826 11.82 36.3149946 136.369787 11.82 36.3148602 136.3698562 11.82 36.314825 136.3697518 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148602 136.3698562 11.82 36.3149946 136.369787 11.82 36.3149946 136.369787 18.51 36.3148602 136.3698562 18.51 36.3148602 136.3698562 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149946 136.369787 11.82 36.3149594 136.3696826 11.82 36.3149594 136.3696826 18.51 36.3149946 136.369787 18.51 36.3149946 136.369787 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149594 136.3696826 11.82 36.314825 136.3697518 11.82 36.314825 136.3697518 18.51 36.3149594 136.3696826 18.51 36.3149594 136.3696826 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314825 136.3697518 11.82 36.3148602 136.3698562 11.82 36.3148602 136.3698562 18.51 36.314825 136.3697518 18.51 36.314825 136.3697518 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148602 136.3698562 18.51 36.3149946 136.369787 18.51 36.3149594 136.3696826 18.51 36.314825 136.3697518 18.51 36.3148602 136.3698562 18.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">306.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">164.09</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1892</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_99d444d0-bbc6-4249-b743-da6d2f2edcc0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1972</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314806 136.3696955 0 36.3148854 136.3696547 0 36.3148563 136.3695685 0 36.3147769 136.3696093 0 36.314806 136.3696955 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147769 136.3696093 11.86 36.3148563 136.3695685 11.86 36.3148854 136.3696547 11.86 36.314806 136.3696955 11.86 36.3147769 136.3696093 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314806 136.3696955 11.86 36.3148854 136.3696547 11.86 36.3148854 136.3696547 16.43 36.314806 136.3696955 16.43 36.314806 136.3696955 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148854 136.3696547 11.86 36.3148563 136.3695685 11.86 36.3148563 136.3695685 16.43 36.3148854 136.3696547 16.43 36.3148854 136.3696547 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148563 136.3695685 11.86 36.3147769 136.3696093 11.86 36.3147769 136.3696093 16.43 36.3148563 136.3695685 16.43 36.3148563 136.3695685 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147769 136.3696093 11.86 36.314806 136.3696955 11.86 36.314806 136.3696955 16.43 36.3147769 136.3696093 16.43 36.3147769 136.3696093 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314806 136.3696955 16.43 36.3148854 136.3696547 16.43 36.3148563 136.3695685 16.43 36.3147769 136.3696093 16.43 36.314806 136.3696955 16.43</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">70.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.03</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1893</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e5bc4c92-a136-4c3b-8f31-e2d5762a2a40">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1991</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151127 136.3696897 0 36.3152202 136.3696343 0 36.3151982 136.3695689 0 36.3150907 136.3696243 0 36.3151127 136.3696897 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150907 136.3696243 11.71 36.3151982 136.3695689 11.71 36.3152202 136.3696343 11.71 36.3151127 136.3696897 11.71 36.3150907 136.3696243 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151127 136.3696897 11.71 36.3152202 136.3696343 11.71 36.3152202 136.3696343 15.63 36.3151127 136.3696897 15.63 36.3151127 136.3696897 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152202 136.3696343 11.71 36.3151982 136.3695689 11.71 36.3151982 136.3695689 15.63 36.3152202 136.3696343 15.63 36.3152202 136.3696343 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151982 136.3695689 11.71 36.3150907 136.3696243 11.71 36.3150907 136.3696243 15.63 36.3151982 136.3695689 15.63 36.3151982 136.3695689 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150907 136.3696243 11.71 36.3151127 136.3696897 11.71 36.3151127 136.3696897 15.63 36.3150907 136.3696243 15.63 36.3150907 136.3696243 11.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151127 136.3696897 15.63 36.3152202 136.3696343 15.63 36.3151982 136.3695689 15.63 36.3150907 136.3696243 15.63 36.3151127 136.3696897 15.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">78.81</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">82.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1894</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2dda0760-c30f-4b42-8008-a0594f267984">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147235 136.3701144 0 36.3146199 136.3701677 0 36.31465 136.3702569 0 36.3147536 136.3702036 0 36.3147235 136.3701144 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147536 136.3702036 12.11 36.31465 136.3702569 12.11 36.3146199 136.3701677 12.11 36.3147235 136.3701144 12.11 36.3147536 136.3702036 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147235 136.3701144 12.11 36.3146199 136.3701677 12.11 36.3146199 136.3701677 18.51 36.3147235 136.3701144 18.51 36.3147235 136.3701144 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146199 136.3701677 12.11 36.31465 136.3702569 12.11 36.31465 136.3702569 18.51 36.3146199 136.3701677 18.51 36.3146199 136.3701677 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31465 136.3702569 12.11 36.3147536 136.3702036 12.11 36.3147536 136.3702036 18.51 36.31465 136.3702569 18.51 36.31465 136.3702569 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147536 136.3702036 12.11 36.3147235 136.3701144 12.11 36.3147235 136.3701144 18.51 36.3147536 136.3702036 18.51 36.3147536 136.3702036 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147235 136.3701144 18.51 36.3146199 136.3701677 18.51 36.31465 136.3702569 18.51 36.3147536 136.3702036 18.51 36.3147235 136.3701144 18.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">194.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">108.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1895</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4fca02aa-266e-4eab-8cf8-a33f54e845c0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148997 136.3700406 0 36.3147695 136.3701076 0 36.3147929 136.3701769 0 36.3149231 136.3701099 0 36.3148997 136.3700406 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149231 136.3701099 11.96 36.3147929 136.3701769 11.96 36.3147695 136.3701076 11.96 36.3148997 136.3700406 11.96 36.3149231 136.3701099 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148997 136.3700406 11.96 36.3147695 136.3701076 11.96 36.3147695 136.3701076 17.22 36.3148997 136.3700406 17.22 36.3148997 136.3700406 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147695 136.3701076 11.96 36.3147929 136.3701769 11.96 36.3147929 136.3701769 17.22 36.3147695 136.3701076 17.22 36.3147695 136.3701076 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147929 136.3701769 11.96 36.3149231 136.3701099 11.96 36.3149231 136.3701099 17.22 36.3147929 136.3701769 17.22 36.3147929 136.3701769 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149231 136.3701099 11.96 36.3148997 136.3700406 11.96 36.3148997 136.3700406 17.22 36.3149231 136.3701099 17.22 36.3149231 136.3701099 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148997 136.3700406 17.22 36.3147695 136.3701076 17.22 36.3147929 136.3701769 17.22 36.3149231 136.3701099 17.22 36.3148997 136.3700406 17.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">102.56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1896</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ef4546f3-7204-44b9-832d-11d1cccb50b5">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315086 136.3699324 0 36.314967 136.3699937 0 36.3150119 136.3701269 0 36.315131 136.3700656 0 36.315086 136.3699324 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315131 136.3700656 11.83 36.3150119 136.3701269 11.83 36.314967 136.3699937 11.83 36.315086 136.3699324 11.83 36.315131 136.3700656 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315086 136.3699324 11.83 36.314967 136.3699937 11.83 36.314967 136.3699937 19.15 36.315086 136.3699324 19.15 36.315086 136.3699324 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314967 136.3699937 11.83 36.3150119 136.3701269 11.83 36.3150119 136.3701269 19.15 36.314967 136.3699937 19.15 36.314967 136.3699937 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150119 136.3701269 11.83 36.315131 136.3700656 11.83 36.315131 136.3700656 19.15 36.3150119 136.3701269 19.15 36.3150119 136.3701269 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315131 136.3700656 11.83 36.315086 136.3699324 11.83 36.315086 136.3699324 19.15 36.315131 136.3700656 19.15 36.315131 136.3700656 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315086 136.3699324 19.15 36.314967 136.3699937 19.15 36.3150119 136.3701269 19.15 36.315131 136.3700656 19.15 36.315086 136.3699324 19.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">315.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">185.51</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1897</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1d74f450-038b-4cca-b7ca-a54c40f7e0fe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152621 136.3698358 0 36.3151346 136.3699015 0 36.3151587 136.3699729 0 36.3152862 136.3699072 0 36.3152621 136.3698358 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152862 136.3699072 11.76 36.3151587 136.3699729 11.76 36.3151346 136.3699015 11.76 36.3152621 136.3698358 11.76 36.3152862 136.3699072 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152621 136.3698358 11.76 36.3151346 136.3699015 11.76 36.3151346 136.3699015 16.71 36.3152621 136.3698358 16.71 36.3152621 136.3698358 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151346 136.3699015 11.76 36.3151587 136.3699729 11.76 36.3151587 136.3699729 16.71 36.3151346 136.3699015 16.71 36.3151346 136.3699015 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151587 136.3699729 11.76 36.3152862 136.3699072 11.76 36.3152862 136.3699072 16.71 36.3151587 136.3699729 16.71 36.3151587 136.3699729 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152862 136.3699072 11.76 36.3152621 136.3698358 11.76 36.3152621 136.3698358 16.71 36.3152862 136.3699072 16.71 36.3152862 136.3699072 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152621 136.3698358 16.71 36.3151346 136.3699015 16.71 36.3151587 136.3699729 16.71 36.3152862 136.3699072 16.71 36.3152621 136.3698358 16.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">93.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.62</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1898</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_17b9679f-6527-421e-bf5d-a7398b19848e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315452 136.3695131 0 36.3154229 136.3694269 0 36.3153534 136.3694627 0 36.3153825 136.3695489 0 36.315452 136.3695131 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153825 136.3695489 11.64 36.3153534 136.3694627 11.64 36.3154229 136.3694269 11.64 36.315452 136.3695131 11.64 36.3153825 136.3695489 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315452 136.3695131 11.64 36.3154229 136.3694269 11.64 36.3154229 136.3694269 15.39 36.315452 136.3695131 15.39 36.315452 136.3695131 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154229 136.3694269 11.64 36.3153534 136.3694627 11.64 36.3153534 136.3694627 15.39 36.3154229 136.3694269 15.39 36.3154229 136.3694269 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153534 136.3694627 11.64 36.3153825 136.3695489 11.64 36.3153825 136.3695489 15.39 36.3153534 136.3694627 15.39 36.3153534 136.3694627 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153825 136.3695489 11.64 36.315452 136.3695131 11.64 36.315452 136.3695131 15.39 36.3153825 136.3695489 15.39 36.3153825 136.3695489 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315452 136.3695131 15.39 36.3154229 136.3694269 15.39 36.3153534 136.3694627 15.39 36.3153825 136.3695489 15.39 36.315452 136.3695131 15.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">67.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">70.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1899</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_710c72c6-d7f0-472e-aba4-d3fb51f211d1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155685 136.3695178 0 36.3156848 136.3694579 0 36.3156458 136.3693421 0 36.3155295 136.369402 0 36.3155685 136.3695178 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155295 136.369402 11.56 36.3156458 136.3693421 11.56 36.3156848 136.3694579 11.56 36.3155685 136.3695178 11.56 36.3155295 136.369402 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155685 136.3695178 11.56 36.3156848 136.3694579 11.56 36.3156848 136.3694579 15.77 36.3155685 136.3695178 15.77 36.3155685 136.3695178 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156848 136.3694579 11.56 36.3156458 136.3693421 11.56 36.3156458 136.3693421 15.77 36.3156848 136.3694579 15.77 36.3156848 136.3694579 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156458 136.3693421 11.56 36.3155295 136.369402 11.56 36.3155295 136.369402 15.77 36.3156458 136.3693421 15.77 36.3156458 136.3693421 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155295 136.369402 11.56 36.3155685 136.3695178 11.56 36.3155685 136.3695178 15.77 36.3155295 136.369402 15.77 36.3155295 136.369402 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155685 136.3695178 15.77 36.3156848 136.3694579 15.77 36.3156458 136.3693421 15.77 36.3155295 136.369402 15.77 36.3155685 136.3695178 15.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">157.2</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">157.47</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1900</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_014dc818-de9c-4881-9cc9-68689d72b20e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155947 136.3693503 0 36.3156406 136.3693267 0 36.3156271 136.3692868 0 36.3155813 136.3693104 0 36.3155947 136.3693503 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155813 136.3693104 11.54 36.3156271 136.3692868 11.54 36.3156406 136.3693267 11.54 36.3155947 136.3693503 11.54 36.3155813 136.3693104 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155947 136.3693503 11.54 36.3156406 136.3693267 11.54 36.3156406 136.3693267 14.07 36.3155947 136.3693503 14.07 36.3155947 136.3693503 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156406 136.3693267 11.54 36.3156271 136.3692868 11.54 36.3156271 136.3692868 14.07 36.3156406 136.3693267 14.07 36.3156406 136.3693267 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156271 136.3692868 11.54 36.3155813 136.3693104 11.54 36.3155813 136.3693104 14.07 36.3156271 136.3692868 14.07 36.3156271 136.3692868 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155813 136.3693104 11.54 36.3155947 136.3693503 11.54 36.3155947 136.3693503 14.07 36.3155813 136.3693104 14.07 36.3155813 136.3693104 11.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155947 136.3693503 14.07 36.3156406 136.3693267 14.07 36.3156271 136.3692868 14.07 36.3155813 136.3693104 14.07 36.3155947 136.3693503 14.07</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">20.45</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">21.41</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">611</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1901</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8fede04b-5604-4fdc-9e37-335070cf32af">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155655 136.3696715 0 36.3154676 136.3697219 0 36.3154934 136.3697986 0 36.3155913 136.3697481 0 36.3155655 136.3696715 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155913 136.3697481 11.58 36.3154934 136.3697986 11.58 36.3154676 136.3697219 11.58 36.3155655 136.3696715 11.58 36.3155913 136.3697481 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155655 136.3696715 11.58 36.3154676 136.3697219 11.58 36.3154676 136.3697219 17.98 36.3155655 136.3696715 17.98 36.3155655 136.3696715 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154676 136.3697219 11.58 36.3154934 136.3697986 11.58 36.3154934 136.3697986 17.98 36.3154676 136.3697219 17.98 36.3154676 136.3697219 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154934 136.3697986 11.58 36.3155913 136.3697481 11.58 36.3155913 136.3697481 17.98 36.3154934 136.3697986 17.98 36.3154934 136.3697986 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155913 136.3697481 11.58 36.3155655 136.3696715 11.58 36.3155655 136.3696715 17.98 36.3155913 136.3697481 17.98 36.3155913 136.3697481 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155655 136.3696715 17.98 36.3154676 136.3697219 17.98 36.3154934 136.3697986 17.98 36.3155913 136.3697481 17.98 36.3155655 136.3696715 17.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">146.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">87.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1902</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c61d7ec0-9e3b-4c51-8ec0-c07cee9f59aa">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156433 136.3698009 0 36.3155163 136.3698663 0 36.3155578 136.3699894 0 36.3156848 136.369924 0 36.3156433 136.3698009 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156848 136.369924 11.58 36.3155578 136.3699894 11.58 36.3155163 136.3698663 11.58 36.3156433 136.3698009 11.58 36.3156848 136.369924 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156433 136.3698009 11.58 36.3155163 136.3698663 11.58 36.3155163 136.3698663 18.52 36.3156433 136.3698009 18.52 36.3156433 136.3698009 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155163 136.3698663 11.58 36.3155578 136.3699894 11.58 36.3155578 136.3699894 18.52 36.3155163 136.3698663 18.52 36.3155163 136.3698663 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155578 136.3699894 11.58 36.3156848 136.369924 11.58 36.3156848 136.369924 18.52 36.3155578 136.3699894 18.52 36.3155578 136.3699894 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156848 136.369924 11.58 36.3156433 136.3698009 11.58 36.3156433 136.3698009 18.52 36.3156848 136.369924 18.52 36.3156848 136.369924 11.58</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156433 136.3698009 18.52 36.3155163 136.3698663 18.52 36.3155578 136.3699894 18.52 36.3156848 136.369924 18.52 36.3156433 136.3698009 18.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">348.52</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">182.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1903</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1e35e8b6-d059-4748-8e34-388ccd2cd65f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1968</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157414 136.3695803 0 36.3156121 136.3696468 0 36.3156532 136.3697686 0 36.3157825 136.3697021 0 36.3157414 136.3695803 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157825 136.3697021 11.56 36.3156532 136.3697686 11.56 36.3156121 136.3696468 11.56 36.3157414 136.3695803 11.56 36.3157825 136.3697021 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157414 136.3695803 11.56 36.3156121 136.3696468 11.56 36.3156121 136.3696468 18.56 36.3157414 136.3695803 18.56 36.3157414 136.3695803 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156121 136.3696468 11.56 36.3156532 136.3697686 11.56 36.3156532 136.3697686 18.56 36.3156121 136.3696468 18.56 36.3156121 136.3696468 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156532 136.3697686 11.56 36.3157825 136.3697021 11.56 36.3157825 136.3697021 18.56 36.3156532 136.3697686 18.56 36.3156532 136.3697686 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157825 136.3697021 11.56 36.3157414 136.3695803 11.56 36.3157414 136.3695803 18.56 36.3157825 136.3697021 18.56 36.3157825 136.3697021 11.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157414 136.3695803 18.56 36.3156121 136.3696468 18.56 36.3156532 136.3697686 18.56 36.3157825 136.3697021 18.56 36.3157414 136.3695803 18.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">306.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">184.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1904</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_17e4d6f9-00eb-4206-89d0-5ab0482c538e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158885 136.3694892 0 36.3157639 136.3695534 0 36.3157999 136.3696602 0 36.3159245 136.3695961 0 36.3158885 136.3694892 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159245 136.3695961 11.51 36.3157999 136.3696602 11.51 36.3157639 136.3695534 11.51 36.3158885 136.3694892 11.51 36.3159245 136.3695961 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158885 136.3694892 11.51 36.3157639 136.3695534 11.51 36.3157639 136.3695534 18.14 36.3158885 136.3694892 18.14 36.3158885 136.3694892 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157639 136.3695534 11.51 36.3157999 136.3696602 11.51 36.3157999 136.3696602 18.14 36.3157639 136.3695534 18.14 36.3157639 136.3695534 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157999 136.3696602 11.51 36.3159245 136.3695961 11.51 36.3159245 136.3695961 18.14 36.3157999 136.3696602 18.14 36.3157999 136.3696602 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159245 136.3695961 11.51 36.3158885 136.3694892 11.51 36.3158885 136.3694892 18.14 36.3159245 136.3695961 18.14 36.3159245 136.3695961 11.51</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158885 136.3694892 18.14 36.3157639 136.3695534 18.14 36.3157999 136.3696602 18.14 36.3159245 136.3695961 18.14 36.3158885 136.3694892 18.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">280.9</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">155.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1905</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1449b64c-0229-44ae-9a27-26c5d55b6e8d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315935 136.3697092 0 36.3158339 136.3697612 0 36.3158632 136.3698481 0 36.3159643 136.369796 0 36.315935 136.3697092 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159643 136.369796 11.55 36.3158632 136.3698481 11.55 36.3158339 136.3697612 11.55 36.315935 136.3697092 11.55 36.3159643 136.369796 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315935 136.3697092 11.55 36.3158339 136.3697612 11.55 36.3158339 136.3697612 15.87 36.315935 136.3697092 15.87 36.315935 136.3697092 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158339 136.3697612 11.55 36.3158632 136.3698481 11.55 36.3158632 136.3698481 15.87 36.3158339 136.3697612 15.87 36.3158339 136.3697612 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158632 136.3698481 11.55 36.3159643 136.369796 11.55 36.3159643 136.369796 15.87 36.3158632 136.3698481 15.87 36.3158632 136.3698481 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159643 136.369796 11.55 36.315935 136.3697092 11.55 36.315935 136.3697092 15.87 36.3159643 136.369796 15.87 36.3159643 136.369796 11.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315935 136.3697092 15.87 36.3158339 136.3697612 15.87 36.3158632 136.3698481 15.87 36.3159643 136.369796 15.87 36.315935 136.3697092 15.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">88.84</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">102.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1906</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_017ec60b-339b-4456-8af5-a8d05cd41770">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150187 136.3726958 0 36.3151424 136.3726321 0 36.3151029 136.372515 0 36.3149792 136.3725787 0 36.3150187 136.3726958 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149792 136.3725787 12.14 36.3151029 136.372515 12.14 36.3151424 136.3726321 12.14 36.3150187 136.3726958 12.14 36.3149792 136.3725787 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150187 136.3726958 12.14 36.3151424 136.3726321 12.14 36.3151424 136.3726321 19.17 36.3150187 136.3726958 19.17 36.3150187 136.3726958 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151424 136.3726321 12.14 36.3151029 136.372515 12.14 36.3151029 136.372515 19.17 36.3151424 136.3726321 19.17 36.3151424 136.3726321 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151029 136.372515 12.14 36.3149792 136.3725787 12.14 36.3149792 136.3725787 19.17 36.3151029 136.372515 19.17 36.3151029 136.372515 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149792 136.3725787 12.14 36.3150187 136.3726958 12.14 36.3150187 136.3726958 19.17 36.3149792 136.3725787 19.17 36.3149792 136.3725787 12.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150187 136.3726958 19.17 36.3151424 136.3726321 19.17 36.3151029 136.372515 19.17 36.3149792 136.3725787 19.17 36.3150187 136.3726958 19.17</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">284.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">169.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1913</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a23c6ff9-04c2-4893-9bf8-4b323ff2ece8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150623 136.3725178 0 36.3150977 136.3724996 0 36.3150854 136.3724631 0 36.31505 136.3724813 0 36.3150623 136.3725178 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31505 136.3724813 12.12 36.3150854 136.3724631 12.12 36.3150977 136.3724996 12.12 36.3150623 136.3725178 12.12 36.31505 136.3724813 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150623 136.3725178 12.12 36.3150977 136.3724996 12.12 36.3150977 136.3724996 14.8 36.3150623 136.3725178 14.8 36.3150623 136.3725178 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150977 136.3724996 12.12 36.3150854 136.3724631 12.12 36.3150854 136.3724631 14.8 36.3150977 136.3724996 14.8 36.3150977 136.3724996 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150854 136.3724631 12.12 36.31505 136.3724813 12.12 36.31505 136.3724813 14.8 36.3150854 136.3724631 14.8 36.3150854 136.3724631 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31505 136.3724813 12.12 36.3150623 136.3725178 12.12 36.3150623 136.3725178 14.8 36.31505 136.3724813 14.8 36.31505 136.3724813 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150623 136.3725178 14.8 36.3150977 136.3724996 14.8 36.3150854 136.3724631 14.8 36.31505 136.3724813 14.8 36.3150623 136.3725178 14.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">13.48</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">15.11</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1914</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d40b0e8b-4679-48b5-8c55-c0b145733aac">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152736 136.3725719 0 36.3152438 136.3724837 0 36.3151727 136.3725203 0 36.3152025 136.3726085 0 36.3152736 136.3725719 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152025 136.3726085 12.1 36.3151727 136.3725203 12.1 36.3152438 136.3724837 12.1 36.3152736 136.3725719 12.1 36.3152025 136.3726085 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152736 136.3725719 12.1 36.3152438 136.3724837 12.1 36.3152438 136.3724837 18.81 36.3152736 136.3725719 18.81 36.3152736 136.3725719 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152438 136.3724837 12.1 36.3151727 136.3725203 12.1 36.3151727 136.3725203 18.81 36.3152438 136.3724837 18.81 36.3152438 136.3724837 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151727 136.3725203 12.1 36.3152025 136.3726085 12.1 36.3152025 136.3726085 18.81 36.3151727 136.3725203 18.81 36.3151727 136.3725203 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152025 136.3726085 12.1 36.3152736 136.3725719 12.1 36.3152736 136.3725719 18.81 36.3152025 136.3726085 18.81 36.3152025 136.3726085 12.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152736 136.3725719 18.81 36.3152438 136.3724837 18.81 36.3151727 136.3725203 18.81 36.3152025 136.3726085 18.81 36.3152736 136.3725719 18.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">138.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">73.36</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1915</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8b528e8b-a1e4-4b62-977e-c849775f6491">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152923 136.3727171 0 36.3151758 136.3727771 0 36.3152138 136.3728899 0 36.3153303 136.3728299 0 36.3152923 136.3727171 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153303 136.3728299 12.21 36.3152138 136.3728899 12.21 36.3151758 136.3727771 12.21 36.3152923 136.3727171 12.21 36.3153303 136.3728299 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152923 136.3727171 12.21 36.3151758 136.3727771 12.21 36.3151758 136.3727771 19.26 36.3152923 136.3727171 19.26 36.3152923 136.3727171 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151758 136.3727771 12.21 36.3152138 136.3728899 12.21 36.3152138 136.3728899 19.26 36.3151758 136.3727771 19.26 36.3151758 136.3727771 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152138 136.3728899 12.21 36.3153303 136.3728299 12.21 36.3153303 136.3728299 19.26 36.3152138 136.3728899 19.26 36.3152138 136.3728899 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153303 136.3728299 12.21 36.3152923 136.3727171 12.21 36.3152923 136.3727171 19.26 36.3153303 136.3728299 19.26 36.3153303 136.3728299 12.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152923 136.3727171 19.26 36.3151758 136.3727771 19.26 36.3152138 136.3728899 19.26 36.3153303 136.3728299 19.26 36.3152923 136.3727171 19.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">272.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">153.7</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1916</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_fc6ef8b7-0135-4bda-b7ca-43dbdf7381a6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315426 136.3722192 0 36.3155522 136.3721543 0 36.3155149 136.3720438 0 36.3153888 136.3721087 0 36.315426 136.3722192 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153888 136.3721087 11.96 36.3155149 136.3720438 11.96 36.3155522 136.3721543 11.96 36.315426 136.3722192 11.96 36.3153888 136.3721087 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315426 136.3722192 11.96 36.3155522 136.3721543 11.96 36.3155522 136.3721543 18.82 36.315426 136.3722192 18.82 36.315426 136.3722192 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155522 136.3721543 11.96 36.3155149 136.3720438 11.96 36.3155149 136.3720438 18.82 36.3155522 136.3721543 18.82 36.3155522 136.3721543 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155149 136.3720438 11.96 36.3153888 136.3721087 11.96 36.3153888 136.3721087 18.82 36.3155149 136.3720438 18.82 36.3155149 136.3720438 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153888 136.3721087 11.96 36.315426 136.3722192 11.96 36.315426 136.3722192 18.82 36.3153888 136.3721087 18.82 36.3153888 136.3721087 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315426 136.3722192 18.82 36.3155522 136.3721543 18.82 36.3155149 136.3720438 18.82 36.3153888 136.3721087 18.82 36.315426 136.3722192 18.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">296.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">163.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1917</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7f60887e-17a5-48e5-b025-338648d73fd1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156587 136.3723528 0 36.3157789 136.3722909 0 36.3157415 136.3721801 0 36.3156213 136.372242 0 36.3156587 136.3723528 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156213 136.372242 11.91 36.3157415 136.3721801 11.91 36.3157789 136.3722909 11.91 36.3156587 136.3723528 11.91 36.3156213 136.372242 11.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156587 136.3723528 11.91 36.3157789 136.3722909 11.91 36.3157789 136.3722909 18.68 36.3156587 136.3723528 18.68 36.3156587 136.3723528 11.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157789 136.3722909 11.91 36.3157415 136.3721801 11.91 36.3157415 136.3721801 18.68 36.3157789 136.3722909 18.68 36.3157789 136.3722909 11.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157415 136.3721801 11.91 36.3156213 136.372242 11.91 36.3156213 136.372242 18.68 36.3157415 136.3721801 18.68 36.3157415 136.3721801 11.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156213 136.372242 11.91 36.3156587 136.3723528 11.91 36.3156587 136.3723528 18.68 36.3156213 136.372242 18.68 36.3156213 136.372242 11.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156587 136.3723528 18.68 36.3157789 136.3722909 18.68 36.3157415 136.3721801 18.68 36.3156213 136.372242 18.68 36.3156587 136.3723528 18.68</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">257.67</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">155.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1918</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_44fc7241-b28d-49a6-9484-dbad7b616c8b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158194 136.3722398 0 36.315885 136.372206 0 36.3158655 136.3721482 0 36.3157999 136.372182 0 36.3158194 136.3722398 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157999 136.372182 11.87 36.3158655 136.3721482 11.87 36.315885 136.372206 11.87 36.3158194 136.3722398 11.87 36.3157999 136.372182 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158194 136.3722398 11.87 36.315885 136.372206 11.87 36.315885 136.372206 16.74 36.3158194 136.3722398 16.74 36.3158194 136.3722398 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315885 136.372206 11.87 36.3158655 136.3721482 11.87 36.3158655 136.3721482 16.74 36.315885 136.372206 16.74 36.315885 136.372206 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158655 136.3721482 11.87 36.3157999 136.372182 11.87 36.3157999 136.372182 16.74 36.3158655 136.3721482 16.74 36.3158655 136.3721482 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157999 136.372182 11.87 36.3158194 136.3722398 11.87 36.3158194 136.3722398 16.74 36.3157999 136.372182 16.74 36.3157999 136.372182 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158194 136.3722398 16.74 36.315885 136.372206 16.74 36.3158655 136.3721482 16.74 36.3157999 136.372182 16.74 36.3158194 136.3722398 16.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">36.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">44.44</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1919</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_18505530-e038-44f5-be00-b4478f9400bf">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1958</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159756 136.3722172 0 36.3160988 136.3721537 0 36.3160567 136.3720288 0 36.3159335 136.3720922 0 36.3159756 136.3722172 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159335 136.3720922 11.85 36.3160567 136.3720288 11.85 36.3160988 136.3721537 11.85 36.3159756 136.3722172 11.85 36.3159335 136.3720922 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159756 136.3722172 11.85 36.3160988 136.3721537 11.85 36.3160988 136.3721537 15.95 36.3159756 136.3722172 15.95 36.3159756 136.3722172 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160988 136.3721537 11.85 36.3160567 136.3720288 11.85 36.3160567 136.3720288 15.95 36.3160988 136.3721537 15.95 36.3160988 136.3721537 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160567 136.3720288 11.85 36.3159335 136.3720922 11.85 36.3159335 136.3720922 15.95 36.3160567 136.3720288 15.95 36.3160567 136.3720288 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159335 136.3720922 11.85 36.3159756 136.3722172 11.85 36.3159756 136.3722172 15.95 36.3159335 136.3720922 15.95 36.3159335 136.3720922 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159756 136.3722172 15.95 36.3160988 136.3721537 15.95 36.3160567 136.3720288 15.95 36.3159335 136.3720922 15.95 36.3159756 136.3722172 15.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">153.53</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">179.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1920</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_06123342-164e-4b03-8ca5-c0f8eb055339">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1999</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156055 136.372544 0 36.315465 136.3726164 0 36.3155023 136.3727271 0 36.3156428 136.3726548 0 36.3156055 136.372544 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156428 136.3726548 12.06 36.3155023 136.3727271 12.06 36.315465 136.3726164 12.06 36.3156055 136.372544 12.06 36.3156428 136.3726548 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156055 136.372544 12.06 36.315465 136.3726164 12.06 36.315465 136.3726164 16.64 36.3156055 136.372544 16.64 36.3156055 136.372544 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315465 136.3726164 12.06 36.3155023 136.3727271 12.06 36.3155023 136.3727271 16.64 36.315465 136.3726164 16.64 36.315465 136.3726164 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155023 136.3727271 12.06 36.3156428 136.3726548 12.06 36.3156428 136.3726548 16.64 36.3155023 136.3727271 16.64 36.3155023 136.3727271 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156428 136.3726548 12.06 36.3156055 136.372544 12.06 36.3156055 136.372544 16.64 36.3156428 136.3726548 16.64 36.3156428 136.3726548 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156055 136.372544 16.64 36.315465 136.3726164 16.64 36.3155023 136.3727271 16.64 36.3156428 136.3726548 16.64 36.3156055 136.372544 16.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">164.63</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">182.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1921</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_30af9158-7645-42c4-99ad-04b2eab8e0b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2014</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156411 136.3727657 0 36.3155339 136.3728209 0 36.3155779 136.3729513 0 36.3156851 136.3728961 0 36.3156411 136.3727657 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156851 136.3728961 12.06 36.3155779 136.3729513 12.06 36.3155339 136.3728209 12.06 36.3156411 136.3727657 12.06 36.3156851 136.3728961 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156411 136.3727657 12.06 36.3155339 136.3728209 12.06 36.3155339 136.3728209 18.81 36.3156411 136.3727657 18.81 36.3156411 136.3727657 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155339 136.3728209 12.06 36.3155779 136.3729513 12.06 36.3155779 136.3729513 18.81 36.3155339 136.3728209 18.81 36.3155339 136.3728209 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155779 136.3729513 12.06 36.3156851 136.3728961 12.06 36.3156851 136.3728961 18.81 36.3155779 136.3729513 18.81 36.3155779 136.3729513 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156851 136.3728961 12.06 36.3156411 136.3727657 12.06 36.3156411 136.3727657 18.81 36.3156851 136.3728961 18.81 36.3156851 136.3728961 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156411 136.3727657 18.81 36.3155339 136.3728209 18.81 36.3155779 136.3729513 18.81 36.3156851 136.3728961 18.81 36.3156411 136.3727657 18.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">310.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">163.54</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1922</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9cae809a-917a-4941-809f-422dd313d42e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1977</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315648 136.3726702 0 36.3156096 136.37269 0 36.31562 136.3727209 0 36.3156585 136.3727012 0 36.315648 136.3726702 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156585 136.3727012 12.05 36.31562 136.3727209 12.05 36.3156096 136.37269 12.05 36.315648 136.3726702 12.05 36.3156585 136.3727012 12.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315648 136.3726702 12.05 36.3156096 136.37269 12.05 36.3156096 136.37269 15 36.315648 136.3726702 15 36.315648 136.3726702 12.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156096 136.37269 12.05 36.31562 136.3727209 12.05 36.31562 136.3727209 15 36.3156096 136.37269 15 36.3156096 136.37269 12.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31562 136.3727209 12.05 36.3156585 136.3727012 12.05 36.3156585 136.3727012 15 36.31562 136.3727209 15 36.31562 136.3727209 12.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156585 136.3727012 12.05 36.315648 136.3726702 12.05 36.315648 136.3726702 15 36.3156585 136.3727012 15 36.3156585 136.3727012 12.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315648 136.3726702 15 36.3156096 136.37269 15 36.31562 136.3727209 15 36.3156585 136.3727012 15 36.315648 136.3726702 15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">12.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">13.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1923</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1aa53621-cb98-4fec-9c81-76de85fdd61c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156792 136.3725043 0 36.3157102 136.3725962 0 36.3157813 136.3725596 0 36.3157503 136.3724677 0 36.3156792 136.3725043 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157503 136.3724677 12.02 36.3157813 136.3725596 12.02 36.3157102 136.3725962 12.02 36.3156792 136.3725043 12.02 36.3157503 136.3724677 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156792 136.3725043 12.02 36.3157102 136.3725962 12.02 36.3157102 136.3725962 18.85 36.3156792 136.3725043 18.85 36.3156792 136.3725043 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157102 136.3725962 12.02 36.3157813 136.3725596 12.02 36.3157813 136.3725596 18.85 36.3157102 136.3725962 18.85 36.3157102 136.3725962 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157813 136.3725596 12.02 36.3157503 136.3724677 12.02 36.3157503 136.3724677 18.85 36.3157813 136.3725596 18.85 36.3157813 136.3725596 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157503 136.3724677 12.02 36.3156792 136.3725043 12.02 36.3156792 136.3725043 18.85 36.3157503 136.3724677 18.85 36.3157503 136.3724677 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156792 136.3725043 18.85 36.3157102 136.3725962 18.85 36.3157813 136.3725596 18.85 36.3157503 136.3724677 18.85 36.3156792 136.3725043 18.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">129.27</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.32</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1924</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8c3a4d65-2e2e-4063-8c21-445ca4f19330">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1971</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158447 136.3726341 0 36.315741 136.3726875 0 36.3157648 136.3727582 0 36.3158685 136.3727048 0 36.3158447 136.3726341 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158685 136.3727048 11.97 36.3157648 136.3727582 11.97 36.315741 136.3726875 11.97 36.3158447 136.3726341 11.97 36.3158685 136.3727048 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158447 136.3726341 11.97 36.315741 136.3726875 11.97 36.315741 136.3726875 15.97 36.3158447 136.3726341 15.97 36.3158447 136.3726341 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315741 136.3726875 11.97 36.3157648 136.3727582 11.97 36.3157648 136.3727582 15.97 36.315741 136.3726875 15.97 36.315741 136.3726875 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157648 136.3727582 11.97 36.3158685 136.3727048 11.97 36.3158685 136.3727048 15.97 36.3157648 136.3727582 15.97 36.3157648 136.3727582 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158685 136.3727048 11.97 36.3158447 136.3726341 11.97 36.3158447 136.3726341 15.97 36.3158685 136.3727048 15.97 36.3158685 136.3727048 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158447 136.3726341 15.97 36.315741 136.3726875 15.97 36.3157648 136.3727582 15.97 36.3158685 136.3727048 15.97 36.3158447 136.3726341 15.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">71.38</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.84</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1925</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_12027901-f772-4255-a55f-a5953ee03b9e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315954 136.3723548 0 36.3158184 136.3724247 0 36.3158592 136.3725459 0 36.3159949 136.3724761 0 36.315954 136.3723548 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159949 136.3724761 11.92 36.3158592 136.3725459 11.92 36.3158184 136.3724247 11.92 36.315954 136.3723548 11.92 36.3159949 136.3724761 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315954 136.3723548 11.92 36.3158184 136.3724247 11.92 36.3158184 136.3724247 19.15 36.315954 136.3723548 19.15 36.315954 136.3723548 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158184 136.3724247 11.92 36.3158592 136.3725459 11.92 36.3158592 136.3725459 19.15 36.3158184 136.3724247 19.15 36.3158184 136.3724247 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158592 136.3725459 11.92 36.3159949 136.3724761 11.92 36.3159949 136.3724761 19.15 36.3158592 136.3725459 19.15 36.3158592 136.3725459 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159949 136.3724761 11.92 36.315954 136.3723548 11.92 36.315954 136.3723548 19.15 36.3159949 136.3724761 19.15 36.3159949 136.3724761 11.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315954 136.3723548 19.15 36.3158184 136.3724247 19.15 36.3158592 136.3725459 19.15 36.3159949 136.3724761 19.15 36.315954 136.3723548 19.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">352.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">192.29</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1926</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e89f8455-1f1d-4626-9e1b-5c2e9f719c99">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161041 136.3722924 0 36.3160287 136.3723312 0 36.3160539 136.3724059 0 36.3161293 136.3723671 0 36.3161041 136.3722924 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161293 136.3723671 11.84 36.3160539 136.3724059 11.84 36.3160287 136.3723312 11.84 36.3161041 136.3722924 11.84 36.3161293 136.3723671 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161041 136.3722924 11.84 36.3160287 136.3723312 11.84 36.3160287 136.3723312 18.73 36.3161041 136.3722924 18.73 36.3161041 136.3722924 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160287 136.3723312 11.84 36.3160539 136.3724059 11.84 36.3160539 136.3724059 18.73 36.3160287 136.3723312 18.73 36.3160287 136.3723312 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160539 136.3724059 11.84 36.3161293 136.3723671 11.84 36.3161293 136.3723671 18.73 36.3160539 136.3724059 18.73 36.3160539 136.3724059 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161293 136.3723671 11.84 36.3161041 136.3722924 11.84 36.3161041 136.3722924 18.73 36.3161293 136.3723671 18.73 36.3161293 136.3723671 11.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161041 136.3722924 18.73 36.3160287 136.3723312 18.73 36.3160539 136.3724059 18.73 36.3161293 136.3723671 18.73 36.3161041 136.3722924 18.73</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">120.8</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.92</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1927</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bf9a9aa7-e814-471f-9893-73300e4cc72a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1986</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.4</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163232 136.3719794 0 36.3164098 136.3719348 0 36.3163848 136.3718608 0 36.3162983 136.3719054 0 36.3163232 136.3719794 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162983 136.3719054 11.76 36.3163848 136.3718608 11.76 36.3164098 136.3719348 11.76 36.3163232 136.3719794 11.76 36.3162983 136.3719054 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163232 136.3719794 11.76 36.3164098 136.3719348 11.76 36.3164098 136.3719348 16.54 36.3163232 136.3719794 16.54 36.3163232 136.3719794 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164098 136.3719348 11.76 36.3163848 136.3718608 11.76 36.3163848 136.3718608 16.54 36.3164098 136.3719348 16.54 36.3164098 136.3719348 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163848 136.3718608 11.76 36.3162983 136.3719054 11.76 36.3162983 136.3719054 16.54 36.3163848 136.3718608 16.54 36.3163848 136.3718608 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162983 136.3719054 11.76 36.3163232 136.3719794 11.76 36.3163232 136.3719794 16.54 36.3162983 136.3719054 16.54 36.3162983 136.3719054 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163232 136.3719794 16.54 36.3164098 136.3719348 16.54 36.3163848 136.3718608 16.54 36.3162983 136.3719054 16.54 36.3163232 136.3719794 16.54</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">61.45</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">74.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1928</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8fd256a1-7e82-4612-85fc-d5a383581a45">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2007</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165099 136.371894 0 36.3166173 136.3718387 0 36.3165847 136.3717421 0 36.3164773 136.3717974 0 36.3165099 136.371894 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164773 136.3717974 11.62 36.3165847 136.3717421 11.62 36.3166173 136.3718387 11.62 36.3165099 136.371894 11.62 36.3164773 136.3717974 11.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165099 136.371894 11.62 36.3166173 136.3718387 11.62 36.3166173 136.3718387 15.71 36.3165099 136.371894 15.71 36.3165099 136.371894 11.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166173 136.3718387 11.62 36.3165847 136.3717421 11.62 36.3165847 136.3717421 15.71 36.3166173 136.3718387 15.71 36.3166173 136.3718387 11.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165847 136.3717421 11.62 36.3164773 136.3717974 11.62 36.3164773 136.3717974 15.71 36.3165847 136.3717421 15.71 36.3165847 136.3717421 11.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164773 136.3717974 11.62 36.3165099 136.371894 11.62 36.3165099 136.371894 15.71 36.3164773 136.3717974 15.71 36.3164773 136.3717974 11.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165099 136.371894 15.71 36.3166173 136.3718387 15.71 36.3165847 136.3717421 15.71 36.3164773 136.3717974 15.71 36.3165099 136.371894 15.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">111.68</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">121.3</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1929</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_33067821-8db1-4054-bb66-6f5d07512e12">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1959</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166005 136.3716617 0 36.3166769 136.3716223 0 36.3166574 136.3715643 0 36.3165809 136.3716036 0 36.3166005 136.3716617 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165809 136.3716036 11.64 36.3166574 136.3715643 11.64 36.3166769 136.3716223 11.64 36.3166005 136.3716617 11.64 36.3165809 136.3716036 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166005 136.3716617 11.64 36.3166769 136.3716223 11.64 36.3166769 136.3716223 16.91 36.3166005 136.3716617 16.91 36.3166005 136.3716617 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166769 136.3716223 11.64 36.3166574 136.3715643 11.64 36.3166574 136.3715643 16.91 36.3166769 136.3716223 16.91 36.3166769 136.3716223 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166574 136.3715643 11.64 36.3165809 136.3716036 11.64 36.3165809 136.3716036 16.91 36.3166574 136.3715643 16.91 36.3166574 136.3715643 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165809 136.3716036 11.64 36.3166005 136.3716617 11.64 36.3166005 136.3716617 16.91 36.3165809 136.3716036 16.91 36.3165809 136.3716036 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166005 136.3716617 16.91 36.3166769 136.3716223 16.91 36.3166574 136.3715643 16.91 36.3165809 136.3716036 16.91 36.3166005 136.3716617 16.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">47.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">51.88</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1931</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_21d8c3fe-90e2-4006-972d-1cb218d07e00">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316413 136.3721729 0 36.3163214 136.37222 0 36.3163559 136.3723223 0 36.3164474 136.3722751 0 36.316413 136.3721729 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164474 136.3722751 11.69 36.3163559 136.3723223 11.69 36.3163214 136.37222 11.69 36.316413 136.3721729 11.69 36.3164474 136.3722751 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316413 136.3721729 11.69 36.3163214 136.37222 11.69 36.3163214 136.37222 17.13 36.316413 136.3721729 17.13 36.316413 136.3721729 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163214 136.37222 11.69 36.3163559 136.3723223 11.69 36.3163559 136.3723223 17.13 36.3163214 136.37222 17.13 36.3163214 136.37222 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163559 136.3723223 11.69 36.3164474 136.3722751 11.69 36.3164474 136.3722751 17.13 36.3163559 136.3723223 17.13 36.3163559 136.3723223 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164474 136.3722751 11.69 36.316413 136.3721729 11.69 36.316413 136.3721729 17.13 36.3164474 136.3722751 17.13 36.3164474 136.3722751 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316413 136.3721729 17.13 36.3163214 136.37222 17.13 36.3163559 136.3723223 17.13 36.3164474 136.3722751 17.13 36.316413 136.3721729 17.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">105.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.46</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1933</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c260827e-8e33-44c6-921d-62d798526eca">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1998</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165436 136.3721071 0 36.3164738 136.372143 0 36.316495 136.3722058 0 36.3165648 136.3721698 0 36.3165436 136.3721071 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165648 136.3721698 11.66 36.316495 136.3722058 11.66 36.3164738 136.372143 11.66 36.3165436 136.3721071 11.66 36.3165648 136.3721698 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165436 136.3721071 11.66 36.3164738 136.372143 11.66 36.3164738 136.372143 16.35 36.3165436 136.3721071 16.35 36.3165436 136.3721071 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164738 136.372143 11.66 36.316495 136.3722058 11.66 36.316495 136.3722058 16.35 36.3164738 136.372143 16.35 36.3164738 136.372143 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316495 136.3722058 11.66 36.3165648 136.3721698 11.66 36.3165648 136.3721698 16.35 36.316495 136.3722058 16.35 36.316495 136.3722058 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165648 136.3721698 11.66 36.3165436 136.3721071 11.66 36.3165436 136.3721071 16.35 36.3165648 136.3721698 16.35 36.3165648 136.3721698 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3165436 136.3721071 16.35 36.3164738 136.372143 16.35 36.316495 136.3722058 16.35 36.3165648 136.3721698 16.35 36.3165436 136.3721071 16.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">50.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">51.2</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1934</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2628dbb8-fbb7-422c-83d1-a1c3c814e9a9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166068 136.3720149 0 36.3166412 136.3721169 0 36.3167187 136.372077 0 36.3166843 136.371975 0 36.3166068 136.3720149 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166843 136.371975 11.6 36.3167187 136.372077 11.6 36.3166412 136.3721169 11.6 36.3166068 136.3720149 11.6 36.3166843 136.371975 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166068 136.3720149 11.6 36.3166412 136.3721169 11.6 36.3166412 136.3721169 18.33 36.3166068 136.3720149 18.33 36.3166068 136.3720149 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166412 136.3721169 11.6 36.3167187 136.372077 11.6 36.3167187 136.372077 18.33 36.3166412 136.3721169 18.33 36.3166412 136.3721169 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3167187 136.372077 11.6 36.3166843 136.371975 11.6 36.3166843 136.371975 18.33 36.3167187 136.372077 18.33 36.3167187 136.372077 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166843 136.371975 11.6 36.3166068 136.3720149 11.6 36.3166068 136.3720149 18.33 36.3166843 136.371975 18.33 36.3166843 136.371975 11.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3166068 136.3720149 18.33 36.3166412 136.3721169 18.33 36.3167187 136.372077 18.33 36.3166843 136.371975 18.33 36.3166068 136.3720149 18.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">169.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">92.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-1935</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_be07e604-9ae5-4973-82ea-7d0d043d26a8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156039 136.3701973 0 36.3156858 136.3701551 0 36.3156565 136.3700681 0 36.3155745 136.3701103 0 36.3156039 136.3701973 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155745 136.3701103 11.61 36.3156565 136.3700681 11.61 36.3156858 136.3701551 11.61 36.3156039 136.3701973 11.61 36.3155745 136.3701103 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156039 136.3701973 11.61 36.3156858 136.3701551 11.61 36.3156858 136.3701551 18.56 36.3156039 136.3701973 18.56 36.3156039 136.3701973 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156858 136.3701551 11.61 36.3156565 136.3700681 11.61 36.3156565 136.3700681 18.56 36.3156858 136.3701551 18.56 36.3156858 136.3701551 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156565 136.3700681 11.61 36.3155745 136.3701103 11.61 36.3155745 136.3701103 18.56 36.3156565 136.3700681 18.56 36.3156565 136.3700681 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155745 136.3701103 11.61 36.3156039 136.3701973 11.61 36.3156039 136.3701973 18.56 36.3155745 136.3701103 18.56 36.3155745 136.3701103 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156039 136.3701973 18.56 36.3156858 136.3701551 18.56 36.3156565 136.3700681 18.56 36.3155745 136.3701103 18.56 36.3156039 136.3701973 18.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">153.95</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.39</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2721</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_100b86f5-b091-4619-8de9-962dae700850">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157271 136.3700318 0 36.3157795 136.3701871 0 36.3158634 136.3701439 0 36.315811 136.3699886 0 36.3157271 136.3700318 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315811 136.3699886 11.59 36.3158634 136.3701439 11.59 36.3157795 136.3701871 11.59 36.3157271 136.3700318 11.59 36.315811 136.3699886 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157271 136.3700318 11.59 36.3157795 136.3701871 11.59 36.3157795 136.3701871 18.22 36.3157271 136.3700318 18.22 36.3157271 136.3700318 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157795 136.3701871 11.59 36.3158634 136.3701439 11.59 36.3158634 136.3701439 18.22 36.3157795 136.3701871 18.22 36.3157795 136.3701871 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158634 136.3701439 11.59 36.315811 136.3699886 11.59 36.315811 136.3699886 18.22 36.3158634 136.3701439 18.22 36.3158634 136.3701439 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315811 136.3699886 11.59 36.3157271 136.3700318 11.59 36.3157271 136.3700318 18.22 36.315811 136.3699886 18.22 36.315811 136.3699886 11.59</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157271 136.3700318 18.22 36.3157795 136.3701871 18.22 36.3158634 136.3701439 18.22 36.315811 136.3699886 18.22 36.3157271 136.3700318 18.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">254.83</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">152.38</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2722</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0c7a6ab1-500c-4e30-9f48-4886c0e63628">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157364 136.370407 0 36.3157829 136.3705449 0 36.3158507 136.37051 0 36.3158042 136.3703721 0 36.3157364 136.370407 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158042 136.3703721 11.61 36.3158507 136.37051 11.61 36.3157829 136.3705449 11.61 36.3157364 136.370407 11.61 36.3158042 136.3703721 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157364 136.370407 11.61 36.3157829 136.3705449 11.61 36.3157829 136.3705449 16.42 36.3157364 136.370407 16.42 36.3157364 136.370407 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157829 136.3705449 11.61 36.3158507 136.37051 11.61 36.3158507 136.37051 16.42 36.3157829 136.3705449 16.42 36.3157829 136.3705449 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158507 136.37051 11.61 36.3158042 136.3703721 11.61 36.3158042 136.3703721 16.42 36.3158507 136.37051 16.42 36.3158507 136.37051 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158042 136.3703721 11.61 36.3157364 136.370407 11.61 36.3157364 136.370407 16.42 36.3158042 136.3703721 16.42 36.3158042 136.3703721 11.61</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157364 136.370407 16.42 36.3157829 136.3705449 16.42 36.3158507 136.37051 16.42 36.3158042 136.3703721 16.42 36.3157364 136.370407 16.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">109.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2723</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_cd3f8c18-57ba-455b-a089-adfd769c7b50">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1981</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315451 136.3700427 0 36.3153972 136.3698832 0 36.3153017 136.3699324 0 36.3153554 136.3700919 0 36.315451 136.3700427 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153554 136.3700919 11.69 36.3153017 136.3699324 11.69 36.3153972 136.3698832 11.69 36.315451 136.3700427 11.69 36.3153554 136.3700919 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315451 136.3700427 11.69 36.3153972 136.3698832 11.69 36.3153972 136.3698832 15.99 36.315451 136.3700427 15.99 36.315451 136.3700427 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153972 136.3698832 11.69 36.3153017 136.3699324 11.69 36.3153017 136.3699324 15.99 36.3153972 136.3698832 15.99 36.3153972 136.3698832 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153017 136.3699324 11.69 36.3153554 136.3700919 11.69 36.3153554 136.3700919 15.99 36.3153017 136.3699324 15.99 36.3153017 136.3699324 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153554 136.3700919 11.69 36.315451 136.3700427 11.69 36.315451 136.3700427 15.99 36.3153554 136.3700919 15.99 36.3153554 136.3700919 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315451 136.3700427 15.99 36.3153972 136.3698832 15.99 36.3153017 136.3699324 15.99 36.3153554 136.3700919 15.99 36.315451 136.3700427 15.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">171.4</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">178.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2724</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f2242b18-4a96-4535-a29f-13d5969fac86">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152896 136.3701023 0 36.3152426 136.3699628 0 36.3151955 136.369987 0 36.3152425 136.3701265 0 36.3152896 136.3701023 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152425 136.3701265 11.79 36.3151955 136.369987 11.79 36.3152426 136.3699628 11.79 36.3152896 136.3701023 11.79 36.3152425 136.3701265 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152896 136.3701023 11.79 36.3152426 136.3699628 11.79 36.3152426 136.3699628 16.91 36.3152896 136.3701023 16.91 36.3152896 136.3701023 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152426 136.3699628 11.79 36.3151955 136.369987 11.79 36.3151955 136.369987 16.91 36.3152426 136.3699628 16.91 36.3152426 136.3699628 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151955 136.369987 11.79 36.3152425 136.3701265 11.79 36.3152425 136.3701265 16.91 36.3151955 136.369987 16.91 36.3151955 136.369987 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152425 136.3701265 11.79 36.3152896 136.3701023 11.79 36.3152896 136.3701023 16.91 36.3152425 136.3701265 16.91 36.3152425 136.3701265 11.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152896 136.3701023 16.91 36.3152426 136.3699628 16.91 36.3151955 136.369987 16.91 36.3152425 136.3701265 16.91 36.3152896 136.3701023 16.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">75.19</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">76.75</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2725</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_821a8609-ecb7-47c1-81da-e5054f0e675d">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154718 136.37024 0 36.3154391 136.3701429 0 36.3153703 136.3701784 0 36.315403 136.3702755 0 36.3154718 136.37024 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315403 136.3702755 11.69 36.3153703 136.3701784 11.69 36.3154391 136.3701429 11.69 36.3154718 136.37024 11.69 36.315403 136.3702755 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154718 136.37024 11.69 36.3154391 136.3701429 11.69 36.3154391 136.3701429 15.56 36.3154718 136.37024 15.56 36.3154718 136.37024 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154391 136.3701429 11.69 36.3153703 136.3701784 11.69 36.3153703 136.3701784 15.56 36.3154391 136.3701429 15.56 36.3154391 136.3701429 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153703 136.3701784 11.69 36.315403 136.3702755 11.69 36.315403 136.3702755 15.56 36.3153703 136.3701784 15.56 36.3153703 136.3701784 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315403 136.3702755 11.69 36.3154718 136.37024 11.69 36.3154718 136.37024 15.56 36.315403 136.3702755 15.56 36.315403 136.3702755 11.69</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154718 136.37024 15.56 36.3154391 136.3701429 15.56 36.3153703 136.3701784 15.56 36.315403 136.3702755 15.56 36.3154718 136.37024 15.56</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">72.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2726</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_10de64b3-91a0-4cd1-b619-ed1c9980d095">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155765 136.3704642 0 36.3155199 136.3702963 0 36.31543 136.3703425 0 36.3154866 136.3705104 0 36.3155765 136.3704642 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154866 136.3705104 11.64 36.31543 136.3703425 11.64 36.3155199 136.3702963 11.64 36.3155765 136.3704642 11.64 36.3154866 136.3705104 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155765 136.3704642 11.64 36.3155199 136.3702963 11.64 36.3155199 136.3702963 16.31 36.3155765 136.3704642 16.31 36.3155765 136.3704642 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155199 136.3702963 11.64 36.31543 136.3703425 11.64 36.31543 136.3703425 16.31 36.3155199 136.3702963 16.31 36.3155199 136.3702963 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31543 136.3703425 11.64 36.3154866 136.3705104 11.64 36.3154866 136.3705104 16.31 36.31543 136.3703425 16.31 36.31543 136.3703425 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154866 136.3705104 11.64 36.3155765 136.3704642 11.64 36.3155765 136.3704642 16.31 36.3154866 136.3705104 16.31 36.3154866 136.3705104 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155765 136.3704642 16.31 36.3155199 136.3702963 16.31 36.31543 136.3703425 16.31 36.3154866 136.3705104 16.31 36.3155765 136.3704642 16.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">162.69</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">176.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2727</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_f4ea7c4b-a974-4a4e-85a2-517123da5831">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153831 136.3704678 0 36.3153541 136.3703816 0 36.315294 136.3704126 0 36.315323 136.3704988 0 36.3153831 136.3704678 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315323 136.3704988 11.72 36.315294 136.3704126 11.72 36.3153541 136.3703816 11.72 36.3153831 136.3704678 11.72 36.315323 136.3704988 11.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153831 136.3704678 11.72 36.3153541 136.3703816 11.72 36.3153541 136.3703816 17.04 36.3153831 136.3704678 17.04 36.3153831 136.3704678 11.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153541 136.3703816 11.72 36.315294 136.3704126 11.72 36.315294 136.3704126 17.04 36.3153541 136.3703816 17.04 36.3153541 136.3703816 11.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315294 136.3704126 11.72 36.315323 136.3704988 11.72 36.315323 136.3704988 17.04 36.315294 136.3704126 17.04 36.315294 136.3704126 11.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315323 136.3704988 11.72 36.3153831 136.3704678 11.72 36.3153831 136.3704678 17.04 36.315323 136.3704988 17.04 36.315323 136.3704988 11.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153831 136.3704678 17.04 36.3153541 136.3703816 17.04 36.315294 136.3704126 17.04 36.315323 136.3704988 17.04 36.3153831 136.3704678 17.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">54.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">60.56</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2728</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_091cad96-1d8f-43d6-a075-6c7a77d3563c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156232 136.3706529 0 36.3155756 136.3705116 0 36.3155015 136.3705497 0 36.3155491 136.370691 0 36.3156232 136.3706529 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155491 136.370691 11.64 36.3155015 136.3705497 11.64 36.3155756 136.3705116 11.64 36.3156232 136.3706529 11.64 36.3155491 136.370691 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156232 136.3706529 11.64 36.3155756 136.3705116 11.64 36.3155756 136.3705116 16.55 36.3156232 136.3706529 16.55 36.3156232 136.3706529 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155756 136.3705116 11.64 36.3155015 136.3705497 11.64 36.3155015 136.3705497 16.55 36.3155756 136.3705116 16.55 36.3155756 136.3705116 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155015 136.3705497 11.64 36.3155491 136.370691 11.64 36.3155491 136.370691 16.55 36.3155015 136.3705497 16.55 36.3155015 136.3705497 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155491 136.370691 11.64 36.3156232 136.3706529 11.64 36.3156232 136.3706529 16.55 36.3155491 136.370691 16.55 36.3155491 136.370691 11.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156232 136.3706529 16.55 36.3155756 136.3705116 16.55 36.3155015 136.3705497 16.55 36.3155491 136.370691 16.55 36.3156232 136.3706529 16.55</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">112.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">122.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2729</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_70048507-8ae3-44ab-9182-7d81c22f46d3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156631 136.3707039 0 36.3155846 136.3707443 0 36.3156172 136.3708409 0 36.3156957 136.3708005 0 36.3156631 136.3707039 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156957 136.3708005 11.66 36.3156172 136.3708409 11.66 36.3155846 136.3707443 11.66 36.3156631 136.3707039 11.66 36.3156957 136.3708005 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156631 136.3707039 11.66 36.3155846 136.3707443 11.66 36.3155846 136.3707443 15.91 36.3156631 136.3707039 15.91 36.3156631 136.3707039 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155846 136.3707443 11.66 36.3156172 136.3708409 11.66 36.3156172 136.3708409 15.91 36.3155846 136.3707443 15.91 36.3155846 136.3707443 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156172 136.3708409 11.66 36.3156957 136.3708005 11.66 36.3156957 136.3708005 15.91 36.3156172 136.3708409 15.91 36.3156172 136.3708409 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156957 136.3708005 11.66 36.3156631 136.3707039 11.66 36.3156631 136.3707039 15.91 36.3156957 136.3708005 15.91 36.3156957 136.3708005 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3156631 136.3707039 15.91 36.3155846 136.3707443 15.91 36.3156172 136.3708409 15.91 36.3156957 136.3708005 15.91 36.3156631 136.3707039 15.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.65</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2730</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4645ee16-1f3a-40d4-9c4c-955a6562b918">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158967 136.3709593 0 36.3159468 136.3711077 0 36.3160544 136.3710523 0 36.3160043 136.3709039 0 36.3158967 136.3709593 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160043 136.3709039 11.77 36.3160544 136.3710523 11.77 36.3159468 136.3711077 11.77 36.3158967 136.3709593 11.77 36.3160043 136.3709039 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158967 136.3709593 11.77 36.3159468 136.3711077 11.77 36.3159468 136.3711077 18.64 36.3158967 136.3709593 18.64 36.3158967 136.3709593 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159468 136.3711077 11.77 36.3160544 136.3710523 11.77 36.3160544 136.3710523 18.64 36.3159468 136.3711077 18.64 36.3159468 136.3711077 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160544 136.3710523 11.77 36.3160043 136.3709039 11.77 36.3160043 136.3709039 18.64 36.3160544 136.3710523 18.64 36.3160544 136.3710523 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160043 136.3709039 11.77 36.3158967 136.3709593 11.77 36.3158967 136.3709593 18.64 36.3160043 136.3709039 18.64 36.3160043 136.3709039 11.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158967 136.3709593 18.64 36.3159468 136.3711077 18.64 36.3160544 136.3710523 18.64 36.3160043 136.3709039 18.64 36.3158967 136.3709593 18.64</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">373.03</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">186.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2731</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9077d0bd-358f-405b-a1db-6ddd928e7511">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159864 136.3711423 0 36.3160334 136.3712817 0 36.3160814 136.3712569 0 36.3160344 136.3711176 0 36.3159864 136.3711423 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160344 136.3711176 11.8 36.3160814 136.3712569 11.8 36.3160334 136.3712817 11.8 36.3159864 136.3711423 11.8 36.3160344 136.3711176 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159864 136.3711423 11.8 36.3160334 136.3712817 11.8 36.3160334 136.3712817 16.63 36.3159864 136.3711423 16.63 36.3159864 136.3711423 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160334 136.3712817 11.8 36.3160814 136.3712569 11.8 36.3160814 136.3712569 16.63 36.3160334 136.3712817 16.63 36.3160334 136.3712817 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160814 136.3712569 11.8 36.3160344 136.3711176 11.8 36.3160344 136.3711176 16.63 36.3160814 136.3712569 16.63 36.3160814 136.3712569 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160344 136.3711176 11.8 36.3159864 136.3711423 11.8 36.3159864 136.3711423 16.63 36.3160344 136.3711176 16.63 36.3160344 136.3711176 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159864 136.3711423 16.63 36.3160334 136.3712817 16.63 36.3160814 136.3712569 16.63 36.3160344 136.3711176 16.63 36.3159864 136.3711423 16.63</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2732</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0799bf98-47a5-43a2-a6d9-7ff63dc6ffe0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1995</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160274 136.3714007 0 36.3160703 136.3715282 0 36.3161615 136.3714813 0 36.3161185 136.3713538 0 36.3160274 136.3714007 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161185 136.3713538 11.82 36.3161615 136.3714813 11.82 36.3160703 136.3715282 11.82 36.3160274 136.3714007 11.82 36.3161185 136.3713538 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160274 136.3714007 11.82 36.3160703 136.3715282 11.82 36.3160703 136.3715282 18.47 36.3160274 136.3714007 18.47 36.3160274 136.3714007 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160703 136.3715282 11.82 36.3161615 136.3714813 11.82 36.3161615 136.3714813 18.47 36.3160703 136.3715282 18.47 36.3160703 136.3715282 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161615 136.3714813 11.82 36.3161185 136.3713538 11.82 36.3161185 136.3713538 18.47 36.3161615 136.3714813 18.47 36.3161615 136.3714813 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161185 136.3713538 11.82 36.3160274 136.3714007 11.82 36.3160274 136.3714007 18.47 36.3161185 136.3713538 18.47 36.3161185 136.3713538 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160274 136.3714007 18.47 36.3160703 136.3715282 18.47 36.3161615 136.3714813 18.47 36.3161185 136.3713538 18.47 36.3160274 136.3714007 18.47</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">246.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">135.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2733</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b32f9d3c-63ef-4666-b22c-8b0daff75c1e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2017</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160936 136.3715616 0 36.3161351 136.3716846 0 36.3162106 136.3716457 0 36.3161691 136.3715227 0 36.3160936 136.3715616 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161691 136.3715227 11.8 36.3162106 136.3716457 11.8 36.3161351 136.3716846 11.8 36.3160936 136.3715616 11.8 36.3161691 136.3715227 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160936 136.3715616 11.8 36.3161351 136.3716846 11.8 36.3161351 136.3716846 15.76 36.3160936 136.3715616 15.76 36.3160936 136.3715616 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161351 136.3716846 11.8 36.3162106 136.3716457 11.8 36.3162106 136.3716457 15.76 36.3161351 136.3716846 15.76 36.3161351 136.3716846 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162106 136.3716457 11.8 36.3161691 136.3715227 11.8 36.3161691 136.3715227 15.76 36.3162106 136.3716457 15.76 36.3162106 136.3716457 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161691 136.3715227 11.8 36.3160936 136.3715616 11.8 36.3160936 136.3715616 15.76 36.3161691 136.3715227 15.76 36.3161691 136.3715227 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160936 136.3715616 15.76 36.3161351 136.3716846 15.76 36.3162106 136.3716457 15.76 36.3161691 136.3715227 15.76 36.3160936 136.3715616 15.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">106.76</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">108.66</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2734</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_33c02b4d-5bf5-4b86-aa01-9d4e22b53c1e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161413 136.3717605 0 36.3161921 136.3719112 0 36.3162912 136.3718601 0 36.3162404 136.3717095 0 36.3161413 136.3717605 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162404 136.3717095 11.8 36.3162912 136.3718601 11.8 36.3161921 136.3719112 11.8 36.3161413 136.3717605 11.8 36.3162404 136.3717095 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161413 136.3717605 11.8 36.3161921 136.3719112 11.8 36.3161921 136.3719112 16.16 36.3161413 136.3717605 16.16 36.3161413 136.3717605 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161921 136.3719112 11.8 36.3162912 136.3718601 11.8 36.3162912 136.3718601 16.16 36.3161921 136.3719112 16.16 36.3161921 136.3719112 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162912 136.3718601 11.8 36.3162404 136.3717095 11.8 36.3162404 136.3717095 16.16 36.3162912 136.3718601 16.16 36.3162912 136.3718601 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162404 136.3717095 11.8 36.3161413 136.3717605 11.8 36.3161413 136.3717605 16.16 36.3162404 136.3717095 16.16 36.3162404 136.3717095 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161413 136.3717605 16.16 36.3161921 136.3719112 16.16 36.3162912 136.3718601 16.16 36.3162404 136.3717095 16.16 36.3161413 136.3717605 16.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">168.35</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">174.69</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">603</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2735</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_1289abb3-fe01-45d6-be4c-d8c194264bbd">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163232 136.3716668 0 36.3163614 136.3717802 0 36.3164419 136.3717387 0 36.3164037 136.3716254 0 36.3163232 136.3716668 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164037 136.3716254 11.74 36.3164419 136.3717387 11.74 36.3163614 136.3717802 11.74 36.3163232 136.3716668 11.74 36.3164037 136.3716254 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163232 136.3716668 11.74 36.3163614 136.3717802 11.74 36.3163614 136.3717802 17.16 36.3163232 136.3716668 17.16 36.3163232 136.3716668 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163614 136.3717802 11.74 36.3164419 136.3717387 11.74 36.3164419 136.3717387 17.16 36.3163614 136.3717802 17.16 36.3163614 136.3717802 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164419 136.3717387 11.74 36.3164037 136.3716254 11.74 36.3164037 136.3716254 17.16 36.3164419 136.3717387 17.16 36.3164419 136.3717387 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164037 136.3716254 11.74 36.3163232 136.3716668 11.74 36.3163232 136.3716668 17.16 36.3164037 136.3716254 17.16 36.3164037 136.3716254 11.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163232 136.3716668 17.16 36.3163614 136.3717802 17.16 36.3164419 136.3717387 17.16 36.3164037 136.3716254 17.16 36.3163232 136.3716668 17.16</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">99.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2736</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ce86cd93-04f0-4bc2-b875-bf6a0dda03ff">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.6</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158742 136.3713253 0 36.31583 136.3711943 0 36.3157279 136.3712469 0 36.315772 136.3713778 0 36.3158742 136.3713253 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315772 136.3713778 11.81 36.3157279 136.3712469 11.81 36.31583 136.3711943 11.81 36.3158742 136.3713253 11.81 36.315772 136.3713778 11.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158742 136.3713253 11.81 36.31583 136.3711943 11.81 36.31583 136.3711943 19.08 36.3158742 136.3713253 19.08 36.3158742 136.3713253 11.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31583 136.3711943 11.81 36.3157279 136.3712469 11.81 36.3157279 136.3712469 19.08 36.31583 136.3711943 19.08 36.31583 136.3711943 11.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157279 136.3712469 11.81 36.315772 136.3713778 11.81 36.315772 136.3713778 19.08 36.3157279 136.3712469 19.08 36.3157279 136.3712469 11.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315772 136.3713778 11.81 36.3158742 136.3713253 11.81 36.3158742 136.3713253 19.08 36.315772 136.3713778 19.08 36.315772 136.3713778 11.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158742 136.3713253 19.08 36.31583 136.3711943 19.08 36.3157279 136.3712469 19.08 36.315772 136.3713778 19.08 36.3158742 136.3713253 19.08</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">280.57</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">156.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2737</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ff8a3609-adeb-4a2d-96c5-cc3d373f9ca3">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1969</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158954 136.3715085 0 36.3158536 136.3713845 0 36.3157706 136.3714272 0 36.3158125 136.3715512 0 36.3158954 136.3715085 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158125 136.3715512 11.8 36.3157706 136.3714272 11.8 36.3158536 136.3713845 11.8 36.3158954 136.3715085 11.8 36.3158125 136.3715512 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158954 136.3715085 11.8 36.3158536 136.3713845 11.8 36.3158536 136.3713845 17.02 36.3158954 136.3715085 17.02 36.3158954 136.3715085 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158536 136.3713845 11.8 36.3157706 136.3714272 11.8 36.3157706 136.3714272 17.02 36.3158536 136.3713845 17.02 36.3158536 136.3713845 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3157706 136.3714272 11.8 36.3158125 136.3715512 11.8 36.3158125 136.3715512 17.02 36.3157706 136.3714272 17.02 36.3157706 136.3714272 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158125 136.3715512 11.8 36.3158954 136.3715085 11.8 36.3158954 136.3715085 17.02 36.3158125 136.3715512 17.02 36.3158125 136.3715512 11.8</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158954 136.3715085 17.02 36.3158536 136.3713845 17.02 36.3157706 136.3714272 17.02 36.3158125 136.3715512 17.02 36.3158954 136.3715085 17.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">112.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">120.34</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2738</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c4778596-2b7d-4075-b331-8ce1489d99f1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159723 136.3716893 0 36.3159346 136.3715774 0 36.3158608 136.3716155 0 36.3158985 136.3717274 0 36.3159723 136.3716893 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158985 136.3717274 11.83 36.3158608 136.3716155 11.83 36.3159346 136.3715774 11.83 36.3159723 136.3716893 11.83 36.3158985 136.3717274 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159723 136.3716893 11.83 36.3159346 136.3715774 11.83 36.3159346 136.3715774 18.72 36.3159723 136.3716893 18.72 36.3159723 136.3716893 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159346 136.3715774 11.83 36.3158608 136.3716155 11.83 36.3158608 136.3716155 18.72 36.3159346 136.3715774 18.72 36.3159346 136.3715774 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158608 136.3716155 11.83 36.3158985 136.3717274 11.83 36.3158985 136.3717274 18.72 36.3158608 136.3716155 18.72 36.3158608 136.3716155 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158985 136.3717274 11.83 36.3159723 136.3716893 11.83 36.3159723 136.3716893 18.72 36.3158985 136.3717274 18.72 36.3158985 136.3717274 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159723 136.3716893 18.72 36.3159346 136.3715774 18.72 36.3158608 136.3716155 18.72 36.3158985 136.3717274 18.72 36.3159723 136.3716893 18.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">179.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.65</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2739</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ddffb7a4-989a-4f01-b3ff-b93941ad3bc2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160124 136.3718579 0 36.3159724 136.3717391 0 36.3158982 136.3717773 0 36.3159383 136.3718961 0 36.3160124 136.3718579 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159383 136.3718961 11.83 36.3158982 136.3717773 11.83 36.3159724 136.3717391 11.83 36.3160124 136.3718579 11.83 36.3159383 136.3718961 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160124 136.3718579 11.83 36.3159724 136.3717391 11.83 36.3159724 136.3717391 17.23 36.3160124 136.3718579 17.23 36.3160124 136.3718579 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159724 136.3717391 11.83 36.3158982 136.3717773 11.83 36.3158982 136.3717773 17.23 36.3159724 136.3717391 17.23 36.3159724 136.3717391 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158982 136.3717773 11.83 36.3159383 136.3718961 11.83 36.3159383 136.3718961 17.23 36.3158982 136.3717773 17.23 36.3158982 136.3717773 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159383 136.3718961 11.83 36.3160124 136.3718579 11.83 36.3160124 136.3718579 17.23 36.3159383 136.3718961 17.23 36.3159383 136.3718961 11.83</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160124 136.3718579 17.23 36.3159724 136.3717391 17.23 36.3158982 136.3717773 17.23 36.3159383 136.3718961 17.23 36.3160124 136.3718579 17.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">90.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">103.07</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2740</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_600324cb-b75a-4087-969a-dce1cecce82c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163719 136.3723797 0 36.3164155 136.372509 0 36.3164631 136.3724845 0 36.3164195 136.3723552 0 36.3163719 136.3723797 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164195 136.3723552 11.66 36.3164631 136.3724845 11.66 36.3164155 136.372509 11.66 36.3163719 136.3723797 11.66 36.3164195 136.3723552 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163719 136.3723797 11.66 36.3164155 136.372509 11.66 36.3164155 136.372509 16.21 36.3163719 136.3723797 16.21 36.3163719 136.3723797 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164155 136.372509 11.66 36.3164631 136.3724845 11.66 36.3164631 136.3724845 16.21 36.3164155 136.372509 16.21 36.3164155 136.372509 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164631 136.3724845 11.66 36.3164195 136.3723552 11.66 36.3164195 136.3723552 16.21 36.3164631 136.3724845 16.21 36.3164631 136.3724845 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164195 136.3723552 11.66 36.3163719 136.3723797 11.66 36.3163719 136.3723797 16.21 36.3164195 136.3723552 16.21 36.3164195 136.3723552 11.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163719 136.3723797 16.21 36.3164155 136.372509 16.21 36.3164631 136.3724845 16.21 36.3164195 136.3723552 16.21 36.3163719 136.3723797 16.21</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">71.24</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">71.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2741</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_08c332c1-257d-4b65-bbe2-051683202bee">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162616 136.3725859 0 36.316208 136.372427 0 36.3161473 136.3724583 0 36.3162008 136.3726172 0 36.3162616 136.3725859 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162008 136.3726172 11.76 36.3161473 136.3724583 11.76 36.316208 136.372427 11.76 36.3162616 136.3725859 11.76 36.3162008 136.3726172 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162616 136.3725859 11.76 36.316208 136.372427 11.76 36.316208 136.372427 15.76 36.3162616 136.3725859 15.76 36.3162616 136.3725859 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316208 136.372427 11.76 36.3161473 136.3724583 11.76 36.3161473 136.3724583 15.76 36.316208 136.372427 15.76 36.316208 136.372427 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161473 136.3724583 11.76 36.3162008 136.3726172 11.76 36.3162008 136.3726172 15.76 36.3161473 136.3724583 15.76 36.3161473 136.3724583 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162008 136.3726172 11.76 36.3162616 136.3725859 11.76 36.3162616 136.3725859 15.76 36.3162008 136.3726172 15.76 36.3162008 136.3726172 11.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162616 136.3725859 15.76 36.316208 136.372427 15.76 36.3161473 136.3724583 15.76 36.3162008 136.3726172 15.76 36.3162616 136.3725859 15.76</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">95.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">112.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2742</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_452ccfd2-7bc2-4745-9ca1-044309bf1ca6">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1978</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125045 136.3638668 0 36.3126035 136.3638158 0 36.3125725 136.3637238 0 36.3124735 136.3637748 0 36.3125045 136.3638668 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124735 136.3637748 12.12 36.3125725 136.3637238 12.12 36.3126035 136.3638158 12.12 36.3125045 136.3638668 12.12 36.3124735 136.3637748 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125045 136.3638668 12.12 36.3126035 136.3638158 12.12 36.3126035 136.3638158 18.84 36.3125045 136.3638668 18.84 36.3125045 136.3638668 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3126035 136.3638158 12.12 36.3125725 136.3637238 12.12 36.3125725 136.3637238 18.84 36.3126035 136.3638158 18.84 36.3126035 136.3638158 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125725 136.3637238 12.12 36.3124735 136.3637748 12.12 36.3124735 136.3637748 18.84 36.3125725 136.3637238 18.84 36.3125725 136.3637238 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124735 136.3637748 12.12 36.3125045 136.3638668 12.12 36.3125045 136.3638668 18.84 36.3124735 136.3637748 18.84 36.3124735 136.3637748 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125045 136.3638668 18.84 36.3126035 136.3638158 18.84 36.3125725 136.3637238 18.84 36.3124735 136.3637748 18.84 36.3125045 136.3638668 18.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">192.93</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">106.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2798</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_932c1c27-8ba1-487a-b3d3-8e02fc9ab1ed">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1988</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141045 136.3631931 0 36.3140262 136.3632334 0 36.3140477 136.363297 0 36.3141259 136.3632567 0 36.3141045 136.3631931 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141259 136.3632567 11.32 36.3140477 136.363297 11.32 36.3140262 136.3632334 11.32 36.3141045 136.3631931 11.32 36.3141259 136.3632567 11.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141045 136.3631931 11.32 36.3140262 136.3632334 11.32 36.3140262 136.3632334 16.24 36.3141045 136.3631931 16.24 36.3141045 136.3631931 11.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3140262 136.3632334 11.32 36.3140477 136.363297 11.32 36.3140477 136.363297 16.24 36.3140262 136.3632334 16.24 36.3140262 136.3632334 11.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3140477 136.363297 11.32 36.3141259 136.3632567 11.32 36.3141259 136.3632567 16.24 36.3140477 136.363297 16.24 36.3140477 136.363297 11.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141259 136.3632567 11.32 36.3141045 136.3631931 11.32 36.3141045 136.3631931 16.24 36.3141259 136.3632567 16.24 36.3141259 136.3632567 11.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3141045 136.3631931 16.24 36.3140262 136.3632334 16.24 36.3140477 136.363297 16.24 36.3141259 136.3632567 16.24 36.3141045 136.3631931 16.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.531</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">11.71</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.17</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">58.27</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2800</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8814eecb-af6d-4481-acd2-4eb247b1e044">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155481 136.3625032 0 36.3154394 136.3625592 0 36.3154595 136.3626188 0 36.3155682 136.3625628 0 36.3155481 136.3625032 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155682 136.3625628 10.88 36.3154595 136.3626188 10.88 36.3154394 136.3625592 10.88 36.3155481 136.3625032 10.88 36.3155682 136.3625628 10.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155481 136.3625032 10.88 36.3154394 136.3625592 10.88 36.3154394 136.3625592 16.05 36.3155481 136.3625032 16.05 36.3155481 136.3625032 10.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154394 136.3625592 10.88 36.3154595 136.3626188 10.88 36.3154595 136.3626188 16.05 36.3154394 136.3625592 16.05 36.3154394 136.3625592 10.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154595 136.3626188 10.88 36.3155682 136.3625628 10.88 36.3155682 136.3625628 16.05 36.3154595 136.3626188 16.05 36.3154595 136.3626188 10.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155682 136.3625628 10.88 36.3155481 136.3625032 10.88 36.3155481 136.3625032 16.05 36.3155682 136.3625628 16.05 36.3155682 136.3625628 10.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155481 136.3625032 16.05 36.3154394 136.3625592 16.05 36.3154595 136.3626188 16.05 36.3155682 136.3625628 16.05 36.3155481 136.3625032 16.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
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
<uro:depth uom="m">0.556</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">1</uro:scale>
<uro:duration uom="hour">11.88</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:RiverFloodingRiskAttribute>
<uro:description codeSpace="../../codelists/RiverFloodingRiskAttribute_description.xml">3</uro:description>
<uro:rank codeSpace="../../codelists/RiverFloodingRiskAttribute_rank.xml">2</uro:rank>
<uro:depth uom="m">1.878</uro:depth>
<uro:adminType codeSpace="../../codelists/RiverFloodingRiskAttribute_adminType.xml">2</uro:adminType>
<uro:scale codeSpace="../../codelists/RiverFloodingRiskAttribute_scale.xml">2</uro:scale>
<uro:duration uom="hour">26.4</uro:duration>
</uro:RiverFloodingRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">75.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">75.72</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2801</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_82d37f21-76e0-469f-92f9-850cf27c40c1">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1987</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128575 136.3694543 0 36.3129345 136.3694146 0 36.3129087 136.3693381 0 36.3128317 136.3693777 0 36.3128575 136.3694543 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128317 136.3693777 13.24 36.3129087 136.3693381 13.24 36.3129345 136.3694146 13.24 36.3128575 136.3694543 13.24 36.3128317 136.3693777 13.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128575 136.3694543 13.24 36.3129345 136.3694146 13.24 36.3129345 136.3694146 20.15 36.3128575 136.3694543 20.15 36.3128575 136.3694543 13.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129345 136.3694146 13.24 36.3129087 136.3693381 13.24 36.3129087 136.3693381 20.15 36.3129345 136.3694146 20.15 36.3129345 136.3694146 13.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129087 136.3693381 13.24 36.3128317 136.3693777 13.24 36.3128317 136.3693777 20.15 36.3129087 136.3693381 20.15 36.3129087 136.3693381 13.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128317 136.3693777 13.24 36.3128575 136.3694543 13.24 36.3128575 136.3694543 20.15 36.3128317 136.3693777 20.15 36.3128317 136.3693777 13.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128575 136.3694543 20.15 36.3129345 136.3694146 20.15 36.3129087 136.3693381 20.15 36.3128317 136.3693777 20.15 36.3128575 136.3694543 20.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">121.5</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2843</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3da25662-2150-4b9c-b881-42918fa78f03">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131596 136.3692653 0 36.3132257 136.3692312 0 36.3132005 136.3691563 0 36.3131343 136.3691904 0 36.3131596 136.3692653 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131343 136.3691904 12.6 36.3132005 136.3691563 12.6 36.3132257 136.3692312 12.6 36.3131596 136.3692653 12.6 36.3131343 136.3691904 12.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131596 136.3692653 12.6 36.3132257 136.3692312 12.6 36.3132257 136.3692312 17.09 36.3131596 136.3692653 17.09 36.3131596 136.3692653 12.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132257 136.3692312 12.6 36.3132005 136.3691563 12.6 36.3132005 136.3691563 17.09 36.3132257 136.3692312 17.09 36.3132257 136.3692312 12.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132005 136.3691563 12.6 36.3131343 136.3691904 12.6 36.3131343 136.3691904 17.09 36.3132005 136.3691563 17.09 36.3132005 136.3691563 12.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131343 136.3691904 12.6 36.3131596 136.3692653 12.6 36.3131596 136.3692653 17.09 36.3131343 136.3691904 17.09 36.3131343 136.3691904 12.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131596 136.3692653 17.09 36.3132257 136.3692312 17.09 36.3132005 136.3691563 17.09 36.3131343 136.3691904 17.09 36.3131596 136.3692653 17.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">48.88</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">57.95</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2844</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4fab5798-4a05-4178-b1b6-90685b83fe7f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129899 136.3695418 0 36.3128973 136.3695895 0 36.3129302 136.3696872 0 36.3130228 136.3696395 0 36.3129899 136.3695418 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3130228 136.3696395 12.99 36.3129302 136.3696872 12.99 36.3128973 136.3695895 12.99 36.3129899 136.3695418 12.99 36.3130228 136.3696395 12.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129899 136.3695418 12.99 36.3128973 136.3695895 12.99 36.3128973 136.3695895 19.48 36.3129899 136.3695418 19.48 36.3129899 136.3695418 12.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3128973 136.3695895 12.99 36.3129302 136.3696872 12.99 36.3129302 136.3696872 19.48 36.3128973 136.3695895 19.48 36.3128973 136.3695895 12.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129302 136.3696872 12.99 36.3130228 136.3696395 12.99 36.3130228 136.3696395 19.48 36.3129302 136.3696872 19.48 36.3129302 136.3696872 12.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3130228 136.3696395 12.99 36.3129899 136.3695418 12.99 36.3129899 136.3695418 19.48 36.3130228 136.3696395 19.48 36.3130228 136.3696395 12.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3129899 136.3695418 19.48 36.3128973 136.3695895 19.48 36.3129302 136.3696872 19.48 36.3130228 136.3696395 19.48 36.3129899 136.3695418 19.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">193.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">105.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2845</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_aaa4638a-adfa-4e9e-be65-4e26a28ddd78">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146481 136.368557 0 36.3147686 136.3684949 0 36.3147345 136.3683938 0 36.314614 136.3684559 0 36.3146481 136.368557 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314614 136.3684559 11.85 36.3147345 136.3683938 11.85 36.3147686 136.3684949 11.85 36.3146481 136.368557 11.85 36.314614 136.3684559 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146481 136.368557 11.85 36.3147686 136.3684949 11.85 36.3147686 136.3684949 17.27 36.3146481 136.368557 17.27 36.3146481 136.368557 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147686 136.3684949 11.85 36.3147345 136.3683938 11.85 36.3147345 136.3683938 17.27 36.3147686 136.3684949 17.27 36.3147686 136.3684949 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147345 136.3683938 11.85 36.314614 136.3684559 11.85 36.314614 136.3684559 17.27 36.3147345 136.3683938 17.27 36.3147345 136.3683938 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314614 136.3684559 11.85 36.3146481 136.368557 11.85 36.3146481 136.368557 17.27 36.314614 136.3684559 17.27 36.314614 136.3684559 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146481 136.368557 17.27 36.3147686 136.3684949 17.27 36.3147345 136.3683938 17.27 36.314614 136.3684559 17.27 36.3146481 136.368557 17.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">117.99</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">142.55</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2846</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_32f51b98-7974-4b66-80f8-7dd20cbde0ff">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1955</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147358 136.3686369 0 36.314638 136.3686873 0 36.3146665 136.3687718 0 36.3147643 136.3687214 0 36.3147358 136.3686369 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147643 136.3687214 11.85 36.3146665 136.3687718 11.85 36.314638 136.3686873 11.85 36.3147358 136.3686369 11.85 36.3147643 136.3687214 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147358 136.3686369 11.85 36.314638 136.3686873 11.85 36.314638 136.3686873 16.27 36.3147358 136.3686369 16.27 36.3147358 136.3686369 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314638 136.3686873 11.85 36.3146665 136.3687718 11.85 36.3146665 136.3687718 16.27 36.314638 136.3686873 16.27 36.314638 136.3686873 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146665 136.3687718 11.85 36.3147643 136.3687214 11.85 36.3147643 136.3687214 16.27 36.3146665 136.3687718 16.27 36.3146665 136.3687718 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147643 136.3687214 11.85 36.3147358 136.3686369 11.85 36.3147358 136.3686369 16.27 36.3147643 136.3687214 16.27 36.3147643 136.3687214 11.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147358 136.3686369 16.27 36.314638 136.3686873 16.27 36.3146665 136.3687718 16.27 36.3147643 136.3687214 16.27 36.3147358 136.3686369 16.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">81.66</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">96.8</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2847</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6df013dc-731e-48de-92ce-ccd7a9c1be70">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158826 136.368056 0 36.315748 136.3681253 0 36.315787 136.368241 0 36.3159216 136.3681717 0 36.3158826 136.368056 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159216 136.3681717 11.67 36.315787 136.368241 11.67 36.315748 136.3681253 11.67 36.3158826 136.368056 11.67 36.3159216 136.3681717 11.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158826 136.368056 11.67 36.315748 136.3681253 11.67 36.315748 136.3681253 19 36.3158826 136.368056 19 36.3158826 136.368056 11.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315748 136.3681253 11.67 36.315787 136.368241 11.67 36.315787 136.368241 19 36.315748 136.3681253 19 36.315748 136.3681253 11.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315787 136.368241 11.67 36.3159216 136.3681717 11.67 36.3159216 136.3681717 19 36.315787 136.368241 19 36.315787 136.368241 11.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159216 136.3681717 11.67 36.3158826 136.368056 11.67 36.3158826 136.368056 19 36.3159216 136.3681717 19 36.3159216 136.3681717 11.67</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3158826 136.368056 19 36.315748 136.3681253 19 36.315787 136.368241 19 36.3159216 136.3681717 19 36.3158826 136.368056 19</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">317.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">182.04</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2848</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c1b94a7c-23fa-4753-a04e-a651dc84a638">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2005</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164699 136.3677878 0 36.3163608 136.3678439 0 36.3163869 136.3679213 0 36.316496 136.3678652 0 36.3164699 136.3677878 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316496 136.3678652 11.29 36.3163869 136.3679213 11.29 36.3163608 136.3678439 11.29 36.3164699 136.3677878 11.29 36.316496 136.3678652 11.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164699 136.3677878 11.29 36.3163608 136.3678439 11.29 36.3163608 136.3678439 15.78 36.3164699 136.3677878 15.78 36.3164699 136.3677878 11.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163608 136.3678439 11.29 36.3163869 136.3679213 11.29 36.3163869 136.3679213 15.78 36.3163608 136.3678439 15.78 36.3163608 136.3678439 11.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3163869 136.3679213 11.29 36.316496 136.3678652 11.29 36.316496 136.3678652 15.78 36.3163869 136.3679213 15.78 36.3163869 136.3679213 11.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316496 136.3678652 11.29 36.3164699 136.3677878 11.29 36.3164699 136.3677878 15.78 36.316496 136.3678652 15.78 36.316496 136.3678652 11.29</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3164699 136.3677878 15.78 36.3163608 136.3678439 15.78 36.3163869 136.3679213 15.78 36.316496 136.3678652 15.78 36.3164699 136.3677878 15.78</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">88.46</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">98.71</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2849</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4951b600-7051-4ba9-83b0-88fd94e33c4c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147955 136.3744264 0 36.314673 136.3744894 0 36.3146966 136.3745593 0 36.314819 136.3744962 0 36.3147955 136.3744264 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314819 136.3744962 12.03 36.3146966 136.3745593 12.03 36.314673 136.3744894 12.03 36.3147955 136.3744264 12.03 36.314819 136.3744962 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147955 136.3744264 12.03 36.314673 136.3744894 12.03 36.314673 136.3744894 15.71 36.3147955 136.3744264 15.71 36.3147955 136.3744264 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314673 136.3744894 12.03 36.3146966 136.3745593 12.03 36.3146966 136.3745593 15.71 36.314673 136.3744894 15.71 36.314673 136.3744894 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146966 136.3745593 12.03 36.314819 136.3744962 12.03 36.314819 136.3744962 15.71 36.3146966 136.3745593 15.71 36.3146966 136.3745593 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314819 136.3744962 12.03 36.3147955 136.3744264 12.03 36.3147955 136.3744264 15.71 36.314819 136.3744962 15.71 36.314819 136.3744962 12.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147955 136.3744264 15.71 36.314673 136.3744894 15.71 36.3146966 136.3745593 15.71 36.314819 136.3744962 15.71 36.3147955 136.3744264 15.71</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">100.01</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2875</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_50b471f1-f1ea-4302-b54a-02b8bc252ac8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2013</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160054 136.3736405 0 36.3161156 136.3735838 0 36.3160733 136.3734585 0 36.3159631 136.3735152 0 36.3160054 136.3736405 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159631 136.3735152 11.87 36.3160733 136.3734585 11.87 36.3161156 136.3735838 11.87 36.3160054 136.3736405 11.87 36.3159631 136.3735152 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160054 136.3736405 11.87 36.3161156 136.3735838 11.87 36.3161156 136.3735838 16.31 36.3160054 136.3736405 16.31 36.3160054 136.3736405 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161156 136.3735838 11.87 36.3160733 136.3734585 11.87 36.3160733 136.3734585 16.31 36.3161156 136.3735838 16.31 36.3161156 136.3735838 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160733 136.3734585 11.87 36.3159631 136.3735152 11.87 36.3159631 136.3735152 16.31 36.3160733 136.3734585 16.31 36.3160733 136.3734585 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159631 136.3735152 11.87 36.3160054 136.3736405 11.87 36.3160054 136.3736405 16.31 36.3159631 136.3735152 16.31 36.3159631 136.3735152 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160054 136.3736405 16.31 36.3161156 136.3735838 16.31 36.3160733 136.3734585 16.31 36.3159631 136.3735152 16.31 36.3160054 136.3736405 16.31</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">136.55</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">161.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2876</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ed52a589-d246-4b7d-8be9-78bdb8848310">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2004</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161562 136.3735656 0 36.3162883 136.3734975 0 36.3162531 136.3733932 0 36.316121 136.3734612 0 36.3161562 136.3735656 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316121 136.3734612 11.82 36.3162531 136.3733932 11.82 36.3162883 136.3734975 11.82 36.3161562 136.3735656 11.82 36.316121 136.3734612 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161562 136.3735656 11.82 36.3162883 136.3734975 11.82 36.3162883 136.3734975 18.92 36.3161562 136.3735656 18.92 36.3161562 136.3735656 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162883 136.3734975 11.82 36.3162531 136.3733932 11.82 36.3162531 136.3733932 18.92 36.3162883 136.3734975 18.92 36.3162883 136.3734975 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162531 136.3733932 11.82 36.316121 136.3734612 11.82 36.316121 136.3734612 18.92 36.3162531 136.3733932 18.92 36.3162531 136.3733932 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.316121 136.3734612 11.82 36.3161562 136.3735656 11.82 36.3161562 136.3735656 18.92 36.316121 136.3734612 18.92 36.316121 136.3734612 11.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161562 136.3735656 18.92 36.3162883 136.3734975 18.92 36.3162531 136.3733932 18.92 36.316121 136.3734612 18.92 36.3161562 136.3735656 18.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">319.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">161.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-2877</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_881107e4-c56d-430e-adbb-96efa737e2fc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1996</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122441 136.3631225 0 36.3122794 136.3632272 0 36.3123578 136.3631868 0 36.3123225 136.3630821 0 36.3122441 136.3631225 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123225 136.3630821 12.84 36.3123578 136.3631868 12.84 36.3122794 136.3632272 12.84 36.3122441 136.3631225 12.84 36.3123225 136.3630821 12.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122441 136.3631225 12.84 36.3122794 136.3632272 12.84 36.3122794 136.3632272 19.26 36.3122441 136.3631225 19.26 36.3122441 136.3631225 12.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122794 136.3632272 12.84 36.3123578 136.3631868 12.84 36.3123578 136.3631868 19.26 36.3122794 136.3632272 19.26 36.3122794 136.3632272 12.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123578 136.3631868 12.84 36.3123225 136.3630821 12.84 36.3123225 136.3630821 19.26 36.3123578 136.3631868 19.26 36.3123578 136.3631868 12.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123225 136.3630821 12.84 36.3122441 136.3631225 12.84 36.3122441 136.3631225 19.26 36.3123225 136.3630821 19.26 36.3123225 136.3630821 12.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122441 136.3631225 19.26 36.3122794 136.3632272 19.26 36.3123578 136.3631868 19.26 36.3123225 136.3630821 19.26 36.3122441 136.3631225 19.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">184.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.97</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3011</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c8391a28-c8a1-4470-a3f8-a84ebe74e866">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>0001</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123224 136.3632965 0 36.3123685 136.3634331 0 36.3124667 136.3633825 0 36.3124207 136.3632459 0 36.3123224 136.3632965 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124207 136.3632459 12.25 36.3124667 136.3633825 12.25 36.3123685 136.3634331 12.25 36.3123224 136.3632965 12.25 36.3124207 136.3632459 12.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123224 136.3632965 12.25 36.3123685 136.3634331 12.25 36.3123685 136.3634331 19.38 36.3123224 136.3632965 19.38 36.3123224 136.3632965 12.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123685 136.3634331 12.25 36.3124667 136.3633825 12.25 36.3124667 136.3633825 19.38 36.3123685 136.3634331 19.38 36.3123685 136.3634331 12.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124667 136.3633825 12.25 36.3124207 136.3632459 12.25 36.3124207 136.3632459 19.38 36.3124667 136.3633825 19.38 36.3124667 136.3633825 12.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124207 136.3632459 12.25 36.3123224 136.3632965 12.25 36.3123224 136.3632965 19.38 36.3124207 136.3632459 19.38 36.3124207 136.3632459 12.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123224 136.3632965 19.38 36.3123685 136.3634331 19.38 36.3124667 136.3633825 19.38 36.3124207 136.3632459 19.38 36.3123224 136.3632965 19.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">307.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">156.98</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3012</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_41a6bc15-4a56-40b3-ad48-49cf991c9cf0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125138 136.3634128 0 36.3125477 136.3635132 0 36.3126143 136.3634789 0 36.3125804 136.3633785 0 36.3125138 136.3634128 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125804 136.3633785 12.06 36.3126143 136.3634789 12.06 36.3125477 136.3635132 12.06 36.3125138 136.3634128 12.06 36.3125804 136.3633785 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125138 136.3634128 12.06 36.3125477 136.3635132 12.06 36.3125477 136.3635132 15.96 36.3125138 136.3634128 15.96 36.3125138 136.3634128 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125477 136.3635132 12.06 36.3126143 136.3634789 12.06 36.3126143 136.3634789 15.96 36.3125477 136.3635132 15.96 36.3125477 136.3635132 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3126143 136.3634789 12.06 36.3125804 136.3633785 12.06 36.3125804 136.3633785 15.96 36.3126143 136.3634789 15.96 36.3126143 136.3634789 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125804 136.3633785 12.06 36.3125138 136.3634128 12.06 36.3125138 136.3634128 15.96 36.3125804 136.3633785 15.96 36.3125804 136.3633785 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125138 136.3634128 15.96 36.3125477 136.3635132 15.96 36.3126143 136.3634789 15.96 36.3125804 136.3633785 15.96 36.3125138 136.3634128 15.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">64.18</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.19</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3013</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6b2daf3f-7810-431d-b410-bcbf74b299b0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1980</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.8</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124799 136.3634721 0 36.3124978 136.3635252 0 36.3125331 136.363507 0 36.3125152 136.3634539 0 36.3124799 136.3634721 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125152 136.3634539 12.12 36.3125331 136.363507 12.12 36.3124978 136.3635252 12.12 36.3124799 136.3634721 12.12 36.3125152 136.3634539 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124799 136.3634721 12.12 36.3124978 136.3635252 12.12 36.3124978 136.3635252 14.79 36.3124799 136.3634721 14.79 36.3124799 136.3634721 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124978 136.3635252 12.12 36.3125331 136.363507 12.12 36.3125331 136.363507 14.79 36.3124978 136.3635252 14.79 36.3124978 136.3635252 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125331 136.363507 12.12 36.3125152 136.3634539 12.12 36.3125152 136.3634539 14.79 36.3125331 136.363507 14.79 36.3125331 136.363507 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125152 136.3634539 12.12 36.3124799 136.3634721 12.12 36.3124799 136.3634721 14.79 36.3125152 136.3634539 14.79 36.3125152 136.3634539 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124799 136.3634721 14.79 36.3124978 136.3635252 14.79 36.3125331 136.363507 14.79 36.3125152 136.3634539 14.79 36.3124799 136.3634721 14.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">18.86</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">21.91</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3014</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_6913c1ce-acea-4080-8607-9003797389db">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122406 136.363402 0 36.3122045 136.363295 0 36.31214 136.3633283 0 36.312176 136.3634352 0 36.3122406 136.363402 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312176 136.3634352 13.97 36.31214 136.3633283 13.97 36.3122045 136.363295 13.97 36.3122406 136.363402 13.97 36.312176 136.3634352 13.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122406 136.363402 13.97 36.3122045 136.363295 13.97 36.3122045 136.363295 20.82 36.3122406 136.363402 20.82 36.3122406 136.363402 13.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122045 136.363295 13.97 36.31214 136.3633283 13.97 36.31214 136.3633283 20.82 36.3122045 136.363295 20.82 36.3122045 136.363295 13.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31214 136.3633283 13.97 36.312176 136.3634352 13.97 36.312176 136.3634352 20.82 36.31214 136.3633283 20.82 36.31214 136.3633283 13.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312176 136.3634352 13.97 36.3122406 136.363402 13.97 36.3122406 136.363402 20.82 36.312176 136.3634352 20.82 36.312176 136.3634352 13.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122406 136.363402 20.82 36.3122045 136.363295 20.82 36.31214 136.3633283 20.82 36.312176 136.3634352 20.82 36.3122406 136.363402 20.82</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">80.79</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3015</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_9c49b740-48f0-42bb-8b15-0c1d341977f7">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1974</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312288 136.3635771 0 36.3122599 136.3634937 0 36.3121931 136.3635281 0 36.3122212 136.3636115 0 36.312288 136.3635771 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122212 136.3636115 13.42 36.3121931 136.3635281 13.42 36.3122599 136.3634937 13.42 36.312288 136.3635771 13.42 36.3122212 136.3636115 13.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312288 136.3635771 13.42 36.3122599 136.3634937 13.42 36.3122599 136.3634937 20.25 36.312288 136.3635771 20.25 36.312288 136.3635771 13.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122599 136.3634937 13.42 36.3121931 136.3635281 13.42 36.3121931 136.3635281 20.25 36.3122599 136.3634937 20.25 36.3122599 136.3634937 13.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121931 136.3635281 13.42 36.3122212 136.3636115 13.42 36.3122212 136.3636115 20.25 36.3121931 136.3635281 20.25 36.3121931 136.3635281 13.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122212 136.3636115 13.42 36.312288 136.3635771 13.42 36.312288 136.3635771 20.25 36.3122212 136.3636115 20.25 36.3122212 136.3636115 13.42</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312288 136.3635771 20.25 36.3122599 136.3634937 20.25 36.3121931 136.3635281 20.25 36.3122212 136.3636115 20.25 36.312288 136.3635771 20.25</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">126.57</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">65.13</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3016</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c9662ce2-7153-485d-9bd2-d858b43d243c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1990</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121794 136.363647 0 36.3121473 136.3635517 0 36.3120867 136.3635829 0 36.3121188 136.3636782 0 36.3121794 136.363647 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121188 136.3636782 14.6 36.3120867 136.3635829 14.6 36.3121473 136.3635517 14.6 36.3121794 136.363647 14.6 36.3121188 136.3636782 14.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121794 136.363647 14.6 36.3121473 136.3635517 14.6 36.3121473 136.3635517 20.77 36.3121794 136.363647 20.77 36.3121794 136.363647 14.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121473 136.3635517 14.6 36.3120867 136.3635829 14.6 36.3120867 136.3635829 20.77 36.3121473 136.3635517 20.77 36.3121473 136.3635517 14.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3120867 136.3635829 14.6 36.3121188 136.3636782 14.6 36.3121188 136.3636782 20.77 36.3120867 136.3635829 20.77 36.3120867 136.3635829 14.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121188 136.3636782 14.6 36.3121794 136.363647 14.6 36.3121794 136.363647 20.77 36.3121188 136.3636782 20.77 36.3121188 136.3636782 14.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3121794 136.363647 20.77 36.3121473 136.3635517 20.77 36.3120867 136.3635829 20.77 36.3121188 136.3636782 20.77 36.3121794 136.363647 20.77</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">67.49</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3017</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0105851a-b777-47f2-9390-ecfc54b4736b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1976</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122943 136.3636324 0 36.3122146 136.3636734 0 36.3122429 136.3637575 0 36.3123227 136.3637165 0 36.3122943 136.3636324 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123227 136.3637165 13.14 36.3122429 136.3637575 13.14 36.3122146 136.3636734 13.14 36.3122943 136.3636324 13.14 36.3123227 136.3637165 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122943 136.3636324 13.14 36.3122146 136.3636734 13.14 36.3122146 136.3636734 19.79 36.3122943 136.3636324 19.79 36.3122943 136.3636324 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122146 136.3636734 13.14 36.3122429 136.3637575 13.14 36.3122429 136.3637575 19.79 36.3122146 136.3636734 19.79 36.3122146 136.3636734 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122429 136.3637575 13.14 36.3123227 136.3637165 13.14 36.3123227 136.3637165 19.79 36.3122429 136.3637575 19.79 36.3122429 136.3637575 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123227 136.3637165 13.14 36.3122943 136.3636324 13.14 36.3122943 136.3636324 19.79 36.3123227 136.3637165 19.79 36.3123227 136.3637165 13.14</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122943 136.3636324 19.79 36.3122146 136.3636734 19.79 36.3122429 136.3637575 19.79 36.3123227 136.3637165 19.79 36.3122943 136.3636324 19.79</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">2</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">133.58</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">78.4</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3018</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_2668b830-311e-4995-907d-a26a210ee36c">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.9</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123822 136.3638677 0 36.3123506 136.363774 0 36.3122902 136.3638051 0 36.3123218 136.3638987 0 36.3123822 136.3638677 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123218 136.3638987 12.66 36.3122902 136.3638051 12.66 36.3123506 136.363774 12.66 36.3123822 136.3638677 12.66 36.3123218 136.3638987 12.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123822 136.3638677 12.66 36.3123506 136.363774 12.66 36.3123506 136.363774 18.84 36.3123822 136.3638677 18.84 36.3123822 136.3638677 12.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123506 136.363774 12.66 36.3122902 136.3638051 12.66 36.3122902 136.3638051 18.84 36.3123506 136.363774 18.84 36.3123506 136.363774 12.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3122902 136.3638051 12.66 36.3123218 136.3638987 12.66 36.3123218 136.3638987 18.84 36.3122902 136.3638051 18.84 36.3122902 136.3638051 12.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123218 136.3638987 12.66 36.3123822 136.3638677 12.66 36.3123822 136.3638677 18.84 36.3123218 136.3638987 18.84 36.3123218 136.3638987 12.66</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3123822 136.3638677 18.84 36.3123506 136.363774 18.84 36.3122902 136.3638051 18.84 36.3123218 136.3638987 18.84 36.3123822 136.3638677 18.84</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">125.97</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">66.08</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3019</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e9d5a52a-16df-473d-a5cb-d2702d06c6ac">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312667 136.3643791 0 36.3127091 136.3645038 0 36.3127876 136.3644634 0 36.3127455 136.3643387 0 36.312667 136.3643791 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3127455 136.3643387 11.95 36.3127876 136.3644634 11.95 36.3127091 136.3645038 11.95 36.312667 136.3643791 11.95 36.3127455 136.3643387 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312667 136.3643791 11.95 36.3127091 136.3645038 11.95 36.3127091 136.3645038 19.03 36.312667 136.3643791 19.03 36.312667 136.3643791 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3127091 136.3645038 11.95 36.3127876 136.3644634 11.95 36.3127876 136.3644634 19.03 36.3127091 136.3645038 19.03 36.3127091 136.3645038 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3127876 136.3644634 11.95 36.3127455 136.3643387 11.95 36.3127455 136.3643387 19.03 36.3127876 136.3644634 19.03 36.3127876 136.3644634 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3127455 136.3643387 11.95 36.312667 136.3643791 11.95 36.312667 136.3643791 19.03 36.3127455 136.3643387 19.03 36.3127455 136.3643387 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.312667 136.3643791 19.03 36.3127091 136.3645038 19.03 36.3127876 136.3644634 19.03 36.3127455 136.3643387 19.03 36.312667 136.3643791 19.03</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">201.05</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">114.43</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3020</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8252f0f3-26f7-4dcf-b163-8d3f4e15f27f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132875 136.3660573 0 36.3133247 136.3661674 0 36.3133921 136.3661327 0 36.313355 136.3660225 0 36.3132875 136.3660573 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313355 136.3660225 12.18 36.3133921 136.3661327 12.18 36.3133247 136.3661674 12.18 36.3132875 136.3660573 12.18 36.313355 136.3660225 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132875 136.3660573 12.18 36.3133247 136.3661674 12.18 36.3133247 136.3661674 17.6 36.3132875 136.3660573 17.6 36.3132875 136.3660573 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3133247 136.3661674 12.18 36.3133921 136.3661327 12.18 36.3133921 136.3661327 17.6 36.3133247 136.3661674 17.6 36.3133247 136.3661674 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3133921 136.3661327 12.18 36.313355 136.3660225 12.18 36.313355 136.3660225 17.6 36.3133921 136.3661327 17.6 36.3133921 136.3661327 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313355 136.3660225 12.18 36.3132875 136.3660573 12.18 36.3132875 136.3660573 17.6 36.313355 136.3660225 17.6 36.313355 136.3660225 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3132875 136.3660573 17.6 36.3133247 136.3661674 17.6 36.3133921 136.3661327 17.6 36.313355 136.3660225 17.6 36.3132875 136.3660573 17.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">80.79</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3021</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ec0630d4-8ac4-4d57-ac03-3d696448ce6a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2018</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125154 136.3642836 0 36.3124744 136.3641617 0 36.3124144 136.3641926 0 36.3124555 136.3643145 0 36.3125154 136.3642836 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124555 136.3643145 12.12 36.3124144 136.3641926 12.12 36.3124744 136.3641617 12.12 36.3125154 136.3642836 12.12 36.3124555 136.3643145 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125154 136.3642836 12.12 36.3124744 136.3641617 12.12 36.3124744 136.3641617 16.22 36.3125154 136.3642836 16.22 36.3125154 136.3642836 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124744 136.3641617 12.12 36.3124144 136.3641926 12.12 36.3124144 136.3641926 16.22 36.3124744 136.3641617 16.22 36.3124744 136.3641617 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124144 136.3641926 12.12 36.3124555 136.3643145 12.12 36.3124555 136.3643145 16.22 36.3124144 136.3641926 16.22 36.3124144 136.3641926 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3124555 136.3643145 12.12 36.3125154 136.3642836 12.12 36.3125154 136.3642836 16.22 36.3124555 136.3643145 16.22 36.3124555 136.3643145 12.12</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3125154 136.3642836 16.22 36.3124744 136.3641617 16.22 36.3124144 136.3641926 16.22 36.3124555 136.3643145 16.22 36.3125154 136.3642836 16.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:bldgDisasterRiskAttribute>
<uro:LandSlideRiskAttribute>
<uro:description codeSpace="../../codelists/LandSlideRiskAttribute_description.xml">1</uro:description>
<uro:areaType codeSpace="../../codelists/LandSlideRiskAttribute_areaType.xml">1</uro:areaType>
</uro:LandSlideRiskAttribute>
</uro:bldgDisasterRiskAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3022</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_44845b2b-e532-40bf-9fee-b5ed475751ad">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1983</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131778 136.3662249 0 36.3131315 136.3660876 0 36.3130796 136.3661143 0 36.3131259 136.3662516 0 36.3131778 136.3662249 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131259 136.3662516 12.23 36.3130796 136.3661143 12.23 36.3131315 136.3660876 12.23 36.3131778 136.3662249 12.23 36.3131259 136.3662516 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131778 136.3662249 12.23 36.3131315 136.3660876 12.23 36.3131315 136.3660876 16.62 36.3131778 136.3662249 16.62 36.3131778 136.3662249 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131315 136.3660876 12.23 36.3130796 136.3661143 12.23 36.3130796 136.3661143 16.62 36.3131315 136.3660876 16.62 36.3131315 136.3660876 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3130796 136.3661143 12.23 36.3131259 136.3662516 12.23 36.3131259 136.3662516 16.62 36.3130796 136.3661143 16.62 36.3130796 136.3661143 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131259 136.3662516 12.23 36.3131778 136.3662249 12.23 36.3131778 136.3662249 16.62 36.3131259 136.3662516 16.62 36.3131259 136.3662516 12.23</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3131778 136.3662249 16.62 36.3131315 136.3660876 16.62 36.3130796 136.3661143 16.62 36.3131259 136.3662516 16.62 36.3131778 136.3662249 16.62</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">69.77</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.26</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3023</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_611409b2-423c-443f-8d02-995bc1b0ff08">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2012</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313437 136.3670382 0 36.313411 136.366961 0 36.313362 136.3669862 0 36.313388 136.3670634 0 36.313437 136.3670382 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313388 136.3670634 12.48 36.313362 136.3669862 12.48 36.313411 136.366961 12.48 36.313437 136.3670382 12.48 36.313388 136.3670634 12.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313437 136.3670382 12.48 36.313411 136.366961 12.48 36.313411 136.366961 17.27 36.313437 136.3670382 17.27 36.313437 136.3670382 12.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313411 136.366961 12.48 36.313362 136.3669862 12.48 36.313362 136.3669862 17.27 36.313411 136.366961 17.27 36.313411 136.366961 12.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313362 136.3669862 12.48 36.313388 136.3670634 12.48 36.313388 136.3670634 17.27 36.313362 136.3669862 17.27 36.313362 136.3669862 12.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313388 136.3670634 12.48 36.313437 136.3670382 12.48 36.313437 136.3670382 17.27 36.313388 136.3670634 17.27 36.313388 136.3670634 12.48</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.313437 136.3670382 17.27 36.313411 136.366961 17.27 36.313362 136.3669862 17.27 36.313388 136.3670634 17.27 36.313437 136.3670382 17.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">40.74</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">44.22</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3024</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e759142e-4c7f-42ba-a7b9-734015052f22">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1982</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">6.2</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314433 136.369522 0 36.314467 136.3696227 0 36.3145468 136.3695816 0 36.3145128 136.3694809 0 36.314433 136.369522 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145128 136.3694809 11.95 36.3145468 136.3695816 11.95 36.314467 136.3696227 11.95 36.314433 136.369522 11.95 36.3145128 136.3694809 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314433 136.369522 11.95 36.314467 136.3696227 11.95 36.314467 136.3696227 17.33 36.314433 136.369522 17.33 36.314433 136.369522 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314467 136.3696227 11.95 36.3145468 136.3695816 11.95 36.3145468 136.3695816 17.33 36.314467 136.3696227 17.33 36.314467 136.3696227 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145468 136.3695816 11.95 36.3145128 136.3694809 11.95 36.3145128 136.3694809 17.33 36.3145468 136.3695816 17.33 36.3145468 136.3695816 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145128 136.3694809 11.95 36.314433 136.369522 11.95 36.314433 136.369522 17.33 36.3145128 136.3694809 17.33 36.3145128 136.3694809 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314433 136.369522 17.33 36.314467 136.3696227 17.33 36.3145468 136.3695816 17.33 36.3145128 136.3694809 17.33 36.314433 136.369522 17.33</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">92.75</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">94.06</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3025</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_b1c72a50-f561-4d8f-924c-38b8fbf4d769">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143988 136.369927 0 36.3143434 136.369763 0 36.3142787 136.3697963 0 36.314334 136.3699604 0 36.3143988 136.369927 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314334 136.3699604 12.11 36.3142787 136.3697963 12.11 36.3143434 136.369763 12.11 36.3143988 136.369927 12.11 36.314334 136.3699604 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143988 136.369927 12.11 36.3143434 136.369763 12.11 36.3143434 136.369763 16.34 36.3143988 136.369927 16.34 36.3143988 136.369927 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143434 136.369763 12.11 36.3142787 136.3697963 12.11 36.3142787 136.3697963 16.34 36.3143434 136.369763 16.34 36.3143434 136.369763 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3142787 136.3697963 12.11 36.314334 136.3699604 12.11 36.314334 136.3699604 16.34 36.3142787 136.3697963 16.34 36.3142787 136.3697963 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314334 136.3699604 12.11 36.3143988 136.369927 12.11 36.3143988 136.369927 16.34 36.314334 136.3699604 16.34 36.314334 136.3699604 12.11</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143988 136.369927 16.34 36.3143434 136.369763 16.34 36.3142787 136.3697963 16.34 36.314334 136.3699604 16.34 36.3143988 136.369927 16.34</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">123.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">124.16</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3026</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d853e5dd-40f9-4a85-ba5a-f4d1ce973537">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1979</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146914 136.3702948 0 36.3147317 136.3704143 0 36.3148 136.3703792 0 36.3147597 136.3702597 0 36.3146914 136.3702948 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147597 136.3702597 12.09 36.3148 136.3703792 12.09 36.3147317 136.3704143 12.09 36.3146914 136.3702948 12.09 36.3147597 136.3702597 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146914 136.3702948 12.09 36.3147317 136.3704143 12.09 36.3147317 136.3704143 17.27 36.3146914 136.3702948 17.27 36.3146914 136.3702948 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147317 136.3704143 12.09 36.3148 136.3703792 12.09 36.3148 136.3703792 17.27 36.3147317 136.3704143 17.27 36.3147317 136.3704143 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148 136.3703792 12.09 36.3147597 136.3702597 12.09 36.3147597 136.3702597 17.27 36.3148 136.3703792 17.27 36.3148 136.3703792 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147597 136.3702597 12.09 36.3146914 136.3702948 12.09 36.3146914 136.3702948 17.27 36.3147597 136.3702597 17.27 36.3147597 136.3702597 12.09</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146914 136.3702948 17.27 36.3147317 136.3704143 17.27 36.3148 136.3703792 17.27 36.3147597 136.3702597 17.27 36.3146914 136.3702948 17.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">89.96</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">95.37</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3027</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3596aee6-4710-4463-b6d4-3cef45017ab8">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.7</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147258 136.3705229 0 36.3147751 136.370669 0 36.3148818 136.3706141 0 36.3148325 136.3704679 0 36.3147258 136.3705229 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148325 136.3704679 12.02 36.3148818 136.3706141 12.02 36.3147751 136.370669 12.02 36.3147258 136.3705229 12.02 36.3148325 136.3704679 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147258 136.3705229 12.02 36.3147751 136.370669 12.02 36.3147751 136.370669 16.4 36.3147258 136.3705229 16.4 36.3147258 136.3705229 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147751 136.370669 12.02 36.3148818 136.3706141 12.02 36.3148818 136.3706141 16.4 36.3147751 136.370669 16.4 36.3147751 136.370669 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148818 136.3706141 12.02 36.3148325 136.3704679 12.02 36.3148325 136.3704679 16.4 36.3148818 136.3706141 16.4 36.3148818 136.3706141 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148325 136.3704679 12.02 36.3147258 136.3705229 12.02 36.3147258 136.3705229 16.4 36.3148325 136.3704679 16.4 36.3148325 136.3704679 12.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147258 136.3705229 16.4 36.3147751 136.370669 16.4 36.3148818 136.3706141 16.4 36.3148325 136.3704679 16.4 36.3147258 136.3705229 16.4</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">172.16</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">182.45</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">605</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3028</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8314cdf5-cea5-44c5-9309-b4bd66aa8f54">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148117 136.3706866 0 36.3148541 136.3708123 0 36.3149455 136.3707652 0 36.3149032 136.3706395 0 36.3148117 136.3706866 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149032 136.3706395 11.96 36.3149455 136.3707652 11.96 36.3148541 136.3708123 11.96 36.3148117 136.3706866 11.96 36.3149032 136.3706395 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148117 136.3706866 11.96 36.3148541 136.3708123 11.96 36.3148541 136.3708123 15.92 36.3148117 136.3706866 15.92 36.3148117 136.3706866 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148541 136.3708123 11.96 36.3149455 136.3707652 11.96 36.3149455 136.3707652 15.92 36.3148541 136.3708123 15.92 36.3148541 136.3708123 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149455 136.3707652 11.96 36.3149032 136.3706395 11.96 36.3149032 136.3706395 15.92 36.3149455 136.3707652 15.92 36.3149455 136.3707652 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149032 136.3706395 11.96 36.3148117 136.3706866 11.96 36.3148117 136.3706866 15.92 36.3149032 136.3706395 15.92 36.3149032 136.3706395 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148117 136.3706866 15.92 36.3148541 136.3708123 15.92 36.3149455 136.3707652 15.92 36.3149032 136.3706395 15.92 36.3148117 136.3706866 15.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">125.37</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">134.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3029</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_d1879455-ced2-4d4b-94eb-443ead68c13b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145857 136.3703719 0 36.3145342 136.3702192 0 36.3144308 136.3702724 0 36.3144823 136.3704251 0 36.3145857 136.3703719 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144823 136.3704251 12.18 36.3144308 136.3702724 12.18 36.3145342 136.3702192 12.18 36.3145857 136.3703719 12.18 36.3144823 136.3704251 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145857 136.3703719 12.18 36.3145342 136.3702192 12.18 36.3145342 136.3702192 19.22 36.3145857 136.3703719 19.22 36.3145857 136.3703719 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145342 136.3702192 12.18 36.3144308 136.3702724 12.18 36.3144308 136.3702724 19.22 36.3145342 136.3702192 19.22 36.3145342 136.3702192 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144308 136.3702724 12.18 36.3144823 136.3704251 12.18 36.3144823 136.3704251 19.22 36.3144308 136.3702724 19.22 36.3144308 136.3702724 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144823 136.3704251 12.18 36.3145857 136.3703719 12.18 36.3145857 136.3703719 19.22 36.3144823 136.3704251 19.22 36.3144823 136.3704251 12.18</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145857 136.3703719 19.22 36.3145342 136.3702192 19.22 36.3144308 136.3702724 19.22 36.3144823 136.3704251 19.22 36.3145857 136.3703719 19.22</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">310.73</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">184.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3030</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_adc2d14a-5f5e-477e-b06f-0b74415b4bfe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2003</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144052 136.3704478 0 36.3143586 136.3703096 0 36.3142939 136.3703429 0 36.3143405 136.3704811 0 36.3144052 136.3704478 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143405 136.3704811 12.27 36.3142939 136.3703429 12.27 36.3143586 136.3703096 12.27 36.3144052 136.3704478 12.27 36.3143405 136.3704811 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144052 136.3704478 12.27 36.3143586 136.3703096 12.27 36.3143586 136.3703096 17.53 36.3144052 136.3704478 17.53 36.3144052 136.3704478 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143586 136.3703096 12.27 36.3142939 136.3703429 12.27 36.3142939 136.3703429 17.53 36.3143586 136.3703096 17.53 36.3143586 136.3703096 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3142939 136.3703429 12.27 36.3143405 136.3704811 12.27 36.3143405 136.3704811 17.53 36.3142939 136.3703429 17.53 36.3142939 136.3703429 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3143405 136.3704811 12.27 36.3144052 136.3704478 12.27 36.3144052 136.3704478 17.53 36.3143405 136.3704811 17.53 36.3143405 136.3704811 12.27</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144052 136.3704478 17.53 36.3143586 136.3703096 17.53 36.3142939 136.3703429 17.53 36.3143405 136.3704811 17.53 36.3144052 136.3704478 17.53</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">96.62</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">104.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3031</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a16f9a80-8ceb-4813-ad68-acdecde8a08a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1989</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">3.1</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144577 136.3703954 0 36.3144248 136.3704123 0 36.314437 136.3704484 0 36.3144699 136.3704315 0 36.3144577 136.3703954 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144699 136.3704315 12.26 36.314437 136.3704484 12.26 36.3144248 136.3704123 12.26 36.3144577 136.3703954 12.26 36.3144699 136.3704315 12.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144577 136.3703954 12.26 36.3144248 136.3704123 12.26 36.3144248 136.3704123 15.24 36.3144577 136.3703954 15.24 36.3144577 136.3703954 12.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144248 136.3704123 12.26 36.314437 136.3704484 12.26 36.314437 136.3704484 15.24 36.3144248 136.3704123 15.24 36.3144248 136.3704123 12.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314437 136.3704484 12.26 36.3144699 136.3704315 12.26 36.3144699 136.3704315 15.24 36.314437 136.3704484 15.24 36.314437 136.3704484 12.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144699 136.3704315 12.26 36.3144577 136.3703954 12.26 36.3144577 136.3703954 15.24 36.3144699 136.3704315 15.24 36.3144699 136.3704315 12.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144577 136.3703954 15.24 36.3144248 136.3704123 15.24 36.314437 136.3704484 15.24 36.3144699 136.3704315 15.24 36.3144577 136.3703954 15.24</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">12.23</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">13.89</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3032</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_bbb7c8c8-8d18-40d8-9139-06f85f3acb61">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1966</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146291 136.3705127 0 36.3145963 136.3704155 0 36.31452 136.3704547 0 36.3145528 136.370552 0 36.3146291 136.3705127 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145528 136.370552 12.2 36.31452 136.3704547 12.2 36.3145963 136.3704155 12.2 36.3146291 136.3705127 12.2 36.3145528 136.370552 12.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146291 136.3705127 12.2 36.3145963 136.3704155 12.2 36.3145963 136.3704155 19.32 36.3146291 136.3705127 19.32 36.3146291 136.3705127 12.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145963 136.3704155 12.2 36.31452 136.3704547 12.2 36.31452 136.3704547 19.32 36.3145963 136.3704155 19.32 36.3145963 136.3704155 12.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.31452 136.3704547 12.2 36.3145528 136.370552 12.2 36.3145528 136.370552 19.32 36.31452 136.3704547 19.32 36.31452 136.3704547 12.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145528 136.370552 12.2 36.3146291 136.3705127 12.2 36.3146291 136.3705127 19.32 36.3145528 136.370552 19.32 36.3145528 136.370552 12.2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146291 136.3705127 19.32 36.3145963 136.3704155 19.32 36.31452 136.3704547 19.32 36.3145528 136.370552 19.32 36.3146291 136.3705127 19.32</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">142.51</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.73</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3033</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_388e1aa1-5037-4f09-a01b-7a342b9afbd9">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1997</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147254 136.3708387 0 36.3146688 136.3706709 0 36.3145817 136.3707158 0 36.3146383 136.3708836 0 36.3147254 136.3708387 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146383 136.3708836 12.13 36.3145817 136.3707158 12.13 36.3146688 136.3706709 12.13 36.3147254 136.3708387 12.13 36.3146383 136.3708836 12.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147254 136.3708387 12.13 36.3146688 136.3706709 12.13 36.3146688 136.3706709 16.06 36.3147254 136.3708387 16.06 36.3147254 136.3708387 12.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146688 136.3706709 12.13 36.3145817 136.3707158 12.13 36.3145817 136.3707158 16.06 36.3146688 136.3706709 16.06 36.3146688 136.3706709 12.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145817 136.3707158 12.13 36.3146383 136.3708836 12.13 36.3146383 136.3708836 16.06 36.3145817 136.3707158 16.06 36.3145817 136.3707158 12.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146383 136.3708836 12.13 36.3147254 136.3708387 12.13 36.3147254 136.3708387 16.06 36.3146383 136.3708836 16.06 36.3146383 136.3708836 12.13</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147254 136.3708387 16.06 36.3146688 136.3706709 16.06 36.3145817 136.3707158 16.06 36.3146383 136.3708836 16.06 36.3147254 136.3708387 16.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">163.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">171.02</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3034</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_e55dbdfe-4205-4958-8fb1-237156dd0d59">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145454 136.3708558 0 36.3145106 136.3707524 0 36.3144401 136.3707887 0 36.314475 136.3708921 0 36.3145454 136.3708558 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314475 136.3708921 12.15 36.3144401 136.3707887 12.15 36.3145106 136.3707524 12.15 36.3145454 136.3708558 12.15 36.314475 136.3708921 12.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145454 136.3708558 12.15 36.3145106 136.3707524 12.15 36.3145106 136.3707524 15.96 36.3145454 136.3708558 15.96 36.3145454 136.3708558 12.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145106 136.3707524 12.15 36.3144401 136.3707887 12.15 36.3144401 136.3707887 15.96 36.3145106 136.3707524 15.96 36.3145106 136.3707524 12.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3144401 136.3707887 12.15 36.314475 136.3708921 12.15 36.314475 136.3708921 15.96 36.3144401 136.3707887 15.96 36.3144401 136.3707887 12.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.314475 136.3708921 12.15 36.3145454 136.3708558 12.15 36.3145454 136.3708558 15.96 36.314475 136.3708921 15.96 36.314475 136.3708921 12.15</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145454 136.3708558 15.96 36.3145106 136.3707524 15.96 36.3144401 136.3707887 15.96 36.314475 136.3708921 15.96 36.3145454 136.3708558 15.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">83.34</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">85.21</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3035</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0d5d88b8-7d7f-4fe3-a75a-2fdbc1d24afe">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1985</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.5</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148276 136.3710651 0 36.3147747 136.3709082 0 36.3146794 136.3709572 0 36.3147323 136.3711141 0 36.3148276 136.3710651 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147323 136.3711141 12.04 36.3146794 136.3709572 12.04 36.3147747 136.3709082 12.04 36.3148276 136.3710651 12.04 36.3147323 136.3711141 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148276 136.3710651 12.04 36.3147747 136.3709082 12.04 36.3147747 136.3709082 19.35 36.3148276 136.3710651 19.35 36.3148276 136.3710651 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147747 136.3709082 12.04 36.3146794 136.3709572 12.04 36.3146794 136.3709572 19.35 36.3147747 136.3709082 19.35 36.3147747 136.3709082 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146794 136.3709572 12.04 36.3147323 136.3711141 12.04 36.3147323 136.3711141 19.35 36.3146794 136.3709572 19.35 36.3146794 136.3709572 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147323 136.3711141 12.04 36.3148276 136.3710651 12.04 36.3148276 136.3710651 19.35 36.3147323 136.3711141 19.35 36.3147323 136.3711141 12.04</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148276 136.3710651 19.35 36.3147747 136.3709082 19.35 36.3146794 136.3709572 19.35 36.3147323 136.3711141 19.35 36.3148276 136.3710651 19.35</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">295.47</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">174.83</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3036</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_87ac7ce7-09ca-496e-9ed9-c851f2020c70">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146686 136.3711355 0 36.3146189 136.3709883 0 36.3145338 136.3710322 0 36.3145834 136.3711794 0 36.3146686 136.3711355 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145834 136.3711794 12.06 36.3145338 136.3710322 12.06 36.3146189 136.3709883 12.06 36.3146686 136.3711355 12.06 36.3145834 136.3711794 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146686 136.3711355 12.06 36.3146189 136.3709883 12.06 36.3146189 136.3709883 16.26 36.3146686 136.3711355 16.26 36.3146686 136.3711355 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146189 136.3709883 12.06 36.3145338 136.3710322 12.06 36.3145338 136.3710322 16.26 36.3146189 136.3709883 16.26 36.3146189 136.3709883 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145338 136.3710322 12.06 36.3145834 136.3711794 12.06 36.3145834 136.3711794 16.26 36.3145338 136.3710322 16.26 36.3145338 136.3710322 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3145834 136.3711794 12.06 36.3146686 136.3711355 12.06 36.3146686 136.3711355 16.26 36.3145834 136.3711794 16.26 36.3145834 136.3711794 12.06</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3146686 136.3711355 16.26 36.3146189 136.3709883 16.26 36.3145338 136.3710322 16.26 36.3145834 136.3711794 16.26 36.3146686 136.3711355 16.26</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">131.61</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">146.58</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3037</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_7efd286e-8119-47be-b247-a38472e3fbac">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2000</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148785 136.3712719 0 36.3148344 136.3711411 0 36.3147796 136.3711693 0 36.3148237 136.3713001 0 36.3148785 136.3712719 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148237 136.3713001 11.99 36.3147796 136.3711693 11.99 36.3148344 136.3711411 11.99 36.3148785 136.3712719 11.99 36.3148237 136.3713001 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148785 136.3712719 11.99 36.3148344 136.3711411 11.99 36.3148344 136.3711411 16.72 36.3148785 136.3712719 16.72 36.3148785 136.3712719 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148344 136.3711411 11.99 36.3147796 136.3711693 11.99 36.3147796 136.3711693 16.72 36.3148344 136.3711411 16.72 36.3148344 136.3711411 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3147796 136.3711693 11.99 36.3148237 136.3713001 11.99 36.3148237 136.3713001 16.72 36.3147796 136.3711693 16.72 36.3147796 136.3711693 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148237 136.3713001 11.99 36.3148785 136.3712719 11.99 36.3148785 136.3712719 16.72 36.3148237 136.3713001 16.72 36.3148237 136.3713001 11.99</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148785 136.3712719 16.72 36.3148344 136.3711411 16.72 36.3147796 136.3711693 16.72 36.3148237 136.3713001 16.72 36.3148785 136.3712719 16.72</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.33</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">83.87</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3038</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_25a56d07-27c1-4e11-b448-027a93b1060b">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1956</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.4</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151666 136.3717319 0 36.3152112 136.3718643 0 36.3153151 136.3718109 0 36.3152704 136.3716784 0 36.3151666 136.3717319 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152704 136.3716784 11.97 36.3153151 136.3718109 11.97 36.3152112 136.3718643 11.97 36.3151666 136.3717319 11.97 36.3152704 136.3716784 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151666 136.3717319 11.97 36.3152112 136.3718643 11.97 36.3152112 136.3718643 19.1 36.3151666 136.3717319 19.1 36.3151666 136.3717319 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152112 136.3718643 11.97 36.3153151 136.3718109 11.97 36.3153151 136.3718109 19.1 36.3152112 136.3718643 19.1 36.3152112 136.3718643 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153151 136.3718109 11.97 36.3152704 136.3716784 11.97 36.3152704 136.3716784 19.1 36.3153151 136.3718109 19.1 36.3153151 136.3718109 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152704 136.3716784 11.97 36.3151666 136.3717319 11.97 36.3151666 136.3717319 19.1 36.3152704 136.3716784 19.1 36.3152704 136.3716784 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151666 136.3717319 19.1 36.3152112 136.3718643 19.1 36.3153151 136.3718109 19.1 36.3152704 136.3716784 19.1 36.3151666 136.3717319 19.1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">307.09</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">160.86</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3039</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a5adcf13-a9b8-4589-b579-b7a86955d3ef">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1965</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.3</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153532 136.3716358 0 36.315409 136.3718013 0 36.3155065 136.3717511 0 36.3154506 136.3715856 0 36.3153532 136.3716358 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154506 136.3715856 11.97 36.3155065 136.3717511 11.97 36.315409 136.3718013 11.97 36.3153532 136.3716358 11.97 36.3154506 136.3715856 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153532 136.3716358 11.97 36.315409 136.3718013 11.97 36.315409 136.3718013 19.02 36.3153532 136.3716358 19.02 36.3153532 136.3716358 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315409 136.3718013 11.97 36.3155065 136.3717511 11.97 36.3155065 136.3717511 19.02 36.315409 136.3718013 19.02 36.315409 136.3718013 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3155065 136.3717511 11.97 36.3154506 136.3715856 11.97 36.3154506 136.3715856 19.02 36.3155065 136.3717511 19.02 36.3155065 136.3717511 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3154506 136.3715856 11.97 36.3153532 136.3716358 11.97 36.3153532 136.3716358 19.02 36.3154506 136.3715856 19.02 36.3154506 136.3715856 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153532 136.3716358 19.02 36.315409 136.3718013 19.02 36.3155065 136.3717511 19.02 36.3154506 136.3715856 19.02 36.3153532 136.3716358 19.02</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">362.11</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">188.67</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3040</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_c7229cc6-d647-4ffb-9f33-3c8925866a31">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1984</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152099 136.3719232 0 36.3152388 136.3720088 0 36.3153002 136.3719772 0 36.3152714 136.3718915 0 36.3152099 136.3719232 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152714 136.3718915 11.98 36.3153002 136.3719772 11.98 36.3152388 136.3720088 11.98 36.3152099 136.3719232 11.98 36.3152714 136.3718915 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152099 136.3719232 11.98 36.3152388 136.3720088 11.98 36.3152388 136.3720088 15.85 36.3152099 136.3719232 15.85 36.3152099 136.3719232 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152388 136.3720088 11.98 36.3153002 136.3719772 11.98 36.3153002 136.3719772 15.85 36.3152388 136.3720088 15.85 36.3152388 136.3720088 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153002 136.3719772 11.98 36.3152714 136.3718915 11.98 36.3152714 136.3718915 15.85 36.3153002 136.3719772 15.85 36.3153002 136.3719772 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152714 136.3718915 11.98 36.3152099 136.3719232 11.98 36.3152099 136.3719232 15.85 36.3152714 136.3718915 15.85 36.3152714 136.3718915 11.98</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152099 136.3719232 15.85 36.3152388 136.3720088 15.85 36.3153002 136.3719772 15.85 36.3152714 136.3718915 15.85 36.3152099 136.3719232 15.85</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">52.82</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">61.52</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3041</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_0f0dabad-8ea8-44bc-a75b-c4e324e2e9c4">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2016</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">7.7</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152774 136.3721151 0 36.3153169 136.3722323 0 36.3153811 136.3721992 0 36.3153416 136.372082 0 36.3152774 136.3721151 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153416 136.372082 12.01 36.3153811 136.3721992 12.01 36.3153169 136.3722323 12.01 36.3152774 136.3721151 12.01 36.3153416 136.372082 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152774 136.3721151 12.01 36.3153169 136.3722323 12.01 36.3153169 136.3722323 18.89 36.3152774 136.3721151 18.89 36.3152774 136.3721151 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153169 136.3722323 12.01 36.3153811 136.3721992 12.01 36.3153811 136.3721992 18.89 36.3153169 136.3722323 18.89 36.3153169 136.3722323 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153811 136.3721992 12.01 36.3153416 136.372082 12.01 36.3153416 136.372082 18.89 36.3153811 136.3721992 18.89 36.3153811 136.3721992 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3153416 136.372082 12.01 36.3152774 136.3721151 12.01 36.3152774 136.3721151 18.89 36.3153416 136.372082 18.89 36.3153416 136.372082 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3152774 136.3721151 18.89 36.3153169 136.3722323 18.89 36.3153811 136.3721992 18.89 36.3153416 136.372082 18.89 36.3152774 136.3721151 18.89</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">150.56</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">88.05</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3042</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_595c280a-161b-4f24-be47-face07bd53a0">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1993</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315045 136.3717972 0 36.3149888 136.3716304 0 36.3148925 136.37168 0 36.3149487 136.3718468 0 36.315045 136.3717972 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149487 136.3718468 11.96 36.3148925 136.37168 11.96 36.3149888 136.3716304 11.96 36.315045 136.3717972 11.96 36.3149487 136.3718468 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315045 136.3717972 11.96 36.3149888 136.3716304 11.96 36.3149888 136.3716304 18.81 36.315045 136.3717972 18.81 36.315045 136.3717972 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149888 136.3716304 11.96 36.3148925 136.37168 11.96 36.3148925 136.37168 18.81 36.3149888 136.3716304 18.81 36.3149888 136.3716304 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148925 136.37168 11.96 36.3149487 136.3718468 11.96 36.3149487 136.3718468 18.81 36.3148925 136.37168 18.81 36.3148925 136.37168 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149487 136.3718468 11.96 36.315045 136.3717972 11.96 36.315045 136.3717972 18.81 36.3149487 136.3718468 18.81 36.3149487 136.3718468 11.96</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.315045 136.3717972 18.81 36.3149888 136.3716304 18.81 36.3148925 136.37168 18.81 36.3149487 136.3718468 18.81 36.315045 136.3717972 18.81</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">309.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">187.81</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3043</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_ca04ddaa-186c-4b40-aede-4e452b5d334a">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">454</bldg:usage>
<bldg:yearOfConstruction>1955</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">2.9</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149362 136.3718532 0 36.3149156 136.3717919 0 36.3148878 136.3718063 0 36.3149084 136.3718675 0 36.3149362 136.3718532 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149084 136.3718675 11.95 36.3148878 136.3718063 11.95 36.3149156 136.3717919 11.95 36.3149362 136.3718532 11.95 36.3149084 136.3718675 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149362 136.3718532 11.95 36.3149156 136.3717919 11.95 36.3149156 136.3717919 14.74 36.3149362 136.3718532 14.74 36.3149362 136.3718532 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149156 136.3717919 11.95 36.3148878 136.3718063 11.95 36.3148878 136.3718063 14.74 36.3149156 136.3717919 14.74 36.3149156 136.3717919 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148878 136.3718063 11.95 36.3149084 136.3718675 11.95 36.3149084 136.3718675 14.74 36.3148878 136.3718063 14.74 36.3148878 136.3718063 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149084 136.3718675 11.95 36.3149362 136.3718532 11.95 36.3149362 136.3718532 14.74 36.3149084 136.3718675 14.74 36.3149084 136.3718675 11.95</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149362 136.3718532 14.74 36.3149156 136.3717919 14.74 36.3148878 136.3718063 14.74 36.3149084 136.3718675 14.74 36.3149362 136.3718532 14.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">19.72</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">19.9</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3044</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8ffbd267-7833-4b6f-b7df-1bfa08ca7c6f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2008</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.2</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151254 136.3720189 0 36.3150776 136.3718771 0 36.3149818 136.3719264 0 36.3150296 136.3720682 0 36.3151254 136.3720189 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150296 136.3720682 11.97 36.3149818 136.3719264 11.97 36.3150776 136.3718771 11.97 36.3151254 136.3720189 11.97 36.3150296 136.3720682 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151254 136.3720189 11.97 36.3150776 136.3718771 11.97 36.3150776 136.3718771 18.92 36.3151254 136.3720189 18.92 36.3151254 136.3720189 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150776 136.3718771 11.97 36.3149818 136.3719264 11.97 36.3149818 136.3719264 18.92 36.3150776 136.3718771 18.92 36.3150776 136.3718771 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149818 136.3719264 11.97 36.3150296 136.3720682 11.97 36.3150296 136.3720682 18.92 36.3149818 136.3719264 18.92 36.3149818 136.3719264 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150296 136.3720682 11.97 36.3151254 136.3720189 11.97 36.3151254 136.3720189 18.92 36.3150296 136.3720682 18.92 36.3150296 136.3720682 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151254 136.3720189 18.92 36.3150776 136.3718771 18.92 36.3149818 136.3719264 18.92 36.3150296 136.3720682 18.92 36.3151254 136.3720189 18.92</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">272.7</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">158.78</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3045</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_761754af-accc-46ec-8b38-731f9b6dc1cc">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3003</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2020</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.6</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149219 136.3719572 0 36.3148407 136.371999 0 36.3148651 136.3720713 0 36.3149463 136.3720295 0 36.3149219 136.3719572 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149463 136.3720295 11.97 36.3148651 136.3720713 11.97 36.3148407 136.371999 11.97 36.3149219 136.3719572 11.97 36.3149463 136.3720295 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149219 136.3719572 11.97 36.3148407 136.371999 11.97 36.3148407 136.371999 15.91 36.3149219 136.3719572 15.91 36.3149219 136.3719572 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148407 136.371999 11.97 36.3148651 136.3720713 11.97 36.3148651 136.3720713 15.91 36.3148407 136.371999 15.91 36.3148407 136.371999 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3148651 136.3720713 11.97 36.3149463 136.3720295 11.97 36.3149463 136.3720295 15.91 36.3148651 136.3720713 15.91 36.3148651 136.3720713 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149463 136.3720295 11.97 36.3149219 136.3719572 11.97 36.3149219 136.3719572 15.91 36.3149463 136.3720295 15.91 36.3149463 136.3720295 11.97</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3149219 136.3719572 15.91 36.3148407 136.371999 15.91 36.3148651 136.3720713 15.91 36.3149463 136.3720295 15.91 36.3149219 136.3719572 15.91</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">63.3</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">68.59</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">604</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3046</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_a02ca00e-ca2a-4e36-9695-3ce3fe3611e2">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>2002</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8.1</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151901 136.3722278 0 36.3151443 136.3720922 0 36.3150437 136.372144 0 36.3150894 136.3722796 0 36.3151901 136.3722278 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150894 136.3722796 12.01 36.3150437 136.372144 12.01 36.3151443 136.3720922 12.01 36.3151901 136.3722278 12.01 36.3150894 136.3722796 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151901 136.3722278 12.01 36.3151443 136.3720922 12.01 36.3151443 136.3720922 18.88 36.3151901 136.3722278 18.88 36.3151901 136.3722278 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151443 136.3720922 12.01 36.3150437 136.372144 12.01 36.3150437 136.372144 18.88 36.3151443 136.3720922 18.88 36.3151443 136.3720922 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150437 136.372144 12.01 36.3150894 136.3722796 12.01 36.3150894 136.3722796 18.88 36.3150437 136.372144 18.88 36.3150437 136.372144 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3150894 136.3722796 12.01 36.3151901 136.3722278 12.01 36.3151901 136.3722278 18.88 36.3150894 136.3722796 18.88 36.3150894 136.3722796 12.01</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3151901 136.3722278 18.88 36.3151443 136.3720922 18.88 36.3150437 136.372144 18.88 36.3150894 136.3722796 18.88 36.3151901 136.3722278 18.88</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">319.26</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">159.63</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3047</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_4b74c259-b2a2-4857-bde1-935ed0c5a42f">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>1992</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">4.3</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159435 136.3739416 0 36.3159695 136.3740186 0 36.3160287 136.3739881 0 36.3160027 136.3739111 0 36.3159435 136.3739416 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160027 136.3739111 11.86 36.3160287 136.3739881 11.86 36.3159695 136.3740186 11.86 36.3159435 136.3739416 11.86 36.3160027 136.3739111 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159435 136.3739416 11.86 36.3159695 136.3740186 11.86 36.3159695 136.3740186 15.52 36.3159435 136.3739416 15.52 36.3159435 136.3739416 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159695 136.3740186 11.86 36.3160287 136.3739881 11.86 36.3160287 136.3739881 15.52 36.3159695 136.3740186 15.52 36.3159695 136.3740186 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160287 136.3739881 11.86 36.3160027 136.3739111 11.86 36.3160027 136.3739111 15.52 36.3160287 136.3739881 15.52 36.3160287 136.3739881 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160027 136.3739111 11.86 36.3159435 136.3739416 11.86 36.3159435 136.3739416 15.52 36.3160027 136.3739111 15.52 36.3160027 136.3739111 11.86</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159435 136.3739416 15.52 36.3159695 136.3740186 15.52 36.3160287 136.3739881 15.52 36.3160027 136.3739111 15.52 36.3159435 136.3739416 15.52</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">49.08</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">53.28</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3048</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_3097af8c-516e-4fc8-85e9-344cd4b57c0e">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">451</bldg:usage>
<bldg:yearOfConstruction>2023</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">5</bldg:measuredHeight>
<bldg:storeysAboveGround>1</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161169 136.3744572 0 36.3161509 136.3745581 0 36.3162241 136.3745204 0 36.3161901 136.3744195 0 36.3161169 136.3744572 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161901 136.3744195 11.87 36.3162241 136.3745204 11.87 36.3161509 136.3745581 11.87 36.3161169 136.3744572 11.87 36.3161901 136.3744195 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161169 136.3744572 11.87 36.3161509 136.3745581 11.87 36.3161509 136.3745581 16.05 36.3161169 136.3744572 16.05 36.3161169 136.3744572 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161509 136.3745581 11.87 36.3162241 136.3745204 11.87 36.3162241 136.3745204 16.05 36.3161509 136.3745581 16.05 36.3161509 136.3745581 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3162241 136.3745204 11.87 36.3161901 136.3744195 11.87 36.3161901 136.3744195 16.05 36.3162241 136.3745204 16.05 36.3162241 136.3745204 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161901 136.3744195 11.87 36.3161169 136.3744572 11.87 36.3161169 136.3744572 16.05 36.3161901 136.3744195 16.05 36.3161901 136.3744195 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3161169 136.3744572 16.05 36.3161509 136.3745581 16.05 36.3162241 136.3745204 16.05 36.3161901 136.3744195 16.05 36.3161169 136.3744572 16.05</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">73.43</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">86.42</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3049</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
<core:cityObjectMember>
<bldg:Building gml:id="bldg_8a294bc8-4eaa-4abf-bd5f-b68578b31075">
<core:creationDate>2025-03-21</core:creationDate>
<bldg:class codeSpace="../../codelists/Building_class.xml">3001</bldg:class>
<bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
<bldg:yearOfConstruction>1975</bldg:yearOfConstruction>
<bldg:measuredHeight uom="m">8</bldg:measuredHeight>
<bldg:storeysAboveGround>2</bldg:storeysAboveGround>
<bldg:lod0RoofEdge><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160556 136.3747428 0 36.3159986 136.3745738 0 36.3159106 136.3746192 0 36.3159675 136.3747881 0 36.3160556 136.3747428 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></bldg:lod0RoofEdge>
<bldg:lod1Solid><gml:Solid><gml:exterior><gml:CompositeSurface>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159675 136.3747881 11.87 36.3159106 136.3746192 11.87 36.3159986 136.3745738 11.87 36.3160556 136.3747428 11.87 36.3159675 136.3747881 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160556 136.3747428 11.87 36.3159986 136.3745738 11.87 36.3159986 136.3745738 18.74 36.3160556 136.3747428 18.74 36.3160556 136.3747428 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159986 136.3745738 11.87 36.3159106 136.3746192 11.87 36.3159106 136.3746192 18.74 36.3159986 136.3745738 18.74 36.3159986 136.3745738 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159106 136.3746192 11.87 36.3159675 136.3747881 11.87 36.3159675 136.3747881 18.74 36.3159106 136.3746192 18.74 36.3159106 136.3746192 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3159675 136.3747881 11.87 36.3160556 136.3747428 11.87 36.3160556 136.3747428 18.74 36.3159675 136.3747881 18.74 36.3159675 136.3747881 11.87</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.3160556 136.3747428 18.74 36.3159986 136.3745738 18.74 36.3159106 136.3746192 18.74 36.3159675 136.3747881 18.74 36.3160556 136.3747428 18.74</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
</gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod1Solid>
<uro:bldgDataQualityAttribute>
<uro:DataQualityAttribute>
<uro:lod1HeightType codeSpace="../../codelists/DataQualityAttribute_lod1HeightType.xml">2</uro:lod1HeightType>
</uro:DataQualityAttribute>
</uro:bldgDataQualityAttribute>
<uro:buildingDetailAttribute>
<uro:BuildingDetailAttribute>
<uro:totalFloorArea uom="m2">344.01</uro:totalFloorArea>
<uro:buildingFootprintArea uom="m2">173.99</uro:buildingFootprintArea>
<uro:buildingStructureType codeSpace="../../codelists/Building_buildingStructureType.xml">601</uro:buildingStructureType>
<uro:surveyYear>2021</uro:surveyYear>
</uro:BuildingDetailAttribute>
</uro:buildingDetailAttribute>
<uro:buildingIDAttribute>
<uro:BuildingIDAttribute>
<uro:buildingID>17206-bldg-3050</uro:buildingID>
<uro:prefecture codeSpace="../../codelists/Common_localPublicAuthorities.xml">17</uro:prefecture>
<uro:city codeSpace="../../codelists/Common_localPublicAuthorities.xml">17206</uro:city>
</uro:BuildingIDAttribute>
</uro:buildingIDAttribute>
</bldg:Building>
</core:cityObjectMember>
</core:CityModel>
