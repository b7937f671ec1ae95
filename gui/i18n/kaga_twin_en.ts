<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddRasterLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="125"/>
        <source>Add raster overlay</source>
        <translation>Add raster overlay</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="126"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="127"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="128"/>
        <source>Layer name</source>
        <translation>Layer name</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="129"/>
        <source>(the raster&apos;s name)</source>
        <translation>(the raster&apos;s name)</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="131"/>
        <source>{name} ({kind}, {width}×{height} px, {bands} band(s))</source>
        <translation>{name} ({kind}, {width}×{height} px, {bands} band(s))</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="135"/>
        <source>The project has no raster. Import a GeoTIFF first (File ▸ Import…).</source>
        <translation>The project has no raster. Import a GeoTIFF first (File ▸ Import…).</translation>
    </message>
</context>
<context>
    <name>AddVectorLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="84"/>
        <source>Add vector layer</source>
        <translation>Add vector layer</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="85"/>
        <source>Table or view</source>
        <translation>Table or view</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="86"/>
        <source>SQL query</source>
        <translation>SQL query</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="87"/>
        <source>Layer name</source>
        <translation>Layer name</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="88"/>
        <source>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</source>
        <translation>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="90"/>
        <source>(the table&apos;s name)</source>
        <translation>(the table&apos;s name)</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="92"/>
        <source>{name} ({rows:,} features)</source>
        <translation>{name} ({rows:,} features)</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="93"/>
        <source>SQL query…</source>
        <translation>SQL query…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../app.py" line="88"/>
        <source>Preparing the Kaga Onsen Station sample for the first start…</source>
        <translation>Preparing the Kaga Onsen Station sample for the first start…</translation>
    </message>
    <message>
        <location filename="../app.py" line="95"/>
        <source>The sample project could not be created:</source>
        <translation>The sample project could not be created:</translation>
    </message>
    <message>
        <location filename="../app.py" line="127"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>AttributeTableModel</name>
    <message>
        <location filename="../attribute_table_model.py" line="378"/>
        <source>Column {name} ({type}); use this name in the filter.</source>
        <translation>Column {name} ({type}); use this name in the filter.</translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
    <message>
        <location filename="../attribute_table.py" line="162"/>
        <source>The table of this layer cannot be read: {error}</source>
        <translation>The table of this layer cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="191"/>
        <source>Filter (SQL WHERE):</source>
        <translation>Filter (SQL WHERE):</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="192"/>
        <source>e.g. usage = &apos;商業施設&apos; AND measured_height &gt; 20</source>
        <translation>e.g. usage = &apos;商業施設&apos; AND measured_height &gt; 20</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="193"/>
        <source>An SQL condition on the columns (their names are under the headers). Press Enter to apply; empty shows every feature.</source>
        <translation>An SQL condition on the columns (their names are under the headers). Press Enter to apply; empty shows every feature.</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="195"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="196"/>
        <source>Selected only</source>
        <translation>Selected only</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="197"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="198"/>
        <source>Select every feature that matches the filter, also rows not loaded yet</source>
        <translation>Select every feature that matches the filter, also rows not loaded yet</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="199"/>
        <source>Deselect</source>
        <translation>Deselect</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="200"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="218"/>
        <source>The filter was not applied: {error}</source>
        <translation>The filter was not applied: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="335"/>
        <source>No layer with attributes selected</source>
        <translation>No layer with attributes selected</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="340"/>
        <source>{matching} of {total} features shown, {selected} selected</source>
        <translation>{matching} of {total} features shown, {selected} selected</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../export.py" line="79"/>
        <source>… {n} more</source>
        <translation>… {n} more</translation>
    </message>
    <message>
        <location filename="../export.py" line="124"/>
        <source>The image could not be written to {path}.</source>
        <translation>The image could not be written to {path}.</translation>
    </message>
    <message>
        <location filename="../export.py" line="184"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>Nothing is selected. Select features in the 3D view or the attribute table first.</translation>
    </message>
    <message>
        <location filename="../export.py" line="208"/>
        <source>Choose a .csv or .gpkg file.</source>
        <translation>Choose a .csv or .gpkg file.</translation>
    </message>
    <message>
        <location filename="../export.py" line="245"/>
        <location filename="../export.py" line="250"/>
        <source>{path} could not be written: {problem}</source>
        <translation>{path} could not be written: {problem}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../fields.py" line="12"/>
        <source>Feature ID</source>
        <translation>Feature ID</translation>
    </message>
    <message>
        <location filename="../fields.py" line="13"/>
        <source>GML ID</source>
        <translation>GML ID</translation>
    </message>
    <message>
        <location filename="../fields.py" line="14"/>
        <source>Building ID</source>
        <translation>Building ID</translation>
    </message>
    <message>
        <location filename="../fields.py" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../fields.py" line="16"/>
        <source>Class code</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="17"/>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../fields.py" line="18"/>
        <source>Usage code</source>
        <translation>Usage code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="19"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../fields.py" line="20"/>
        <source>Measured height (m)</source>
        <translation>Measured height (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="21"/>
        <source>Storeys above ground</source>
        <translation>Storeys above ground</translation>
    </message>
    <message>
        <location filename="../fields.py" line="22"/>
        <source>Storeys below ground</source>
        <translation>Storeys below ground</translation>
    </message>
    <message>
        <location filename="../fields.py" line="23"/>
        <source>Year built</source>
        <translation>Year built</translation>
    </message>
    <message>
        <location filename="../fields.py" line="24"/>
        <source>Total floor area (m²)</source>
        <translation>Total floor area (m²)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="25"/>
        <source>Structure code</source>
        <translation>Structure code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="26"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../fields.py" line="27"/>
        <source>LOD1 height type code</source>
        <translation>LOD1 height type code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="28"/>
        <source>LOD1 height type</source>
        <translation>LOD1 height type</translation>
    </message>
    <message>
        <location filename="../fields.py" line="29"/>
        <source>Level of detail</source>
        <translation>Level of detail</translation>
    </message>
    <message>
        <location filename="../fields.py" line="30"/>
        <source>Ground height (T.P. m)</source>
        <translation>Ground height (T.P. m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="31"/>
        <source>Roof height (T.P. m)</source>
        <translation>Roof height (T.P. m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="32"/>
        <source>Mesh code</source>
        <translation>Mesh code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="33"/>
        <source>i-UR version</source>
        <translation>i-UR version</translation>
    </message>
    <message>
        <location filename="../fields.py" line="34"/>
        <source>Other attributes</source>
        <translation>Other attributes</translation>
    </message>
    <message>
        <location filename="../fields.py" line="35"/>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../fields.py" line="36"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../fields.py" line="37"/>
        <source>Function code</source>
        <translation>Function code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="38"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../fields.py" line="39"/>
        <source>Width (m)</source>
        <translation>Width (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="40"/>
        <source>Width type code</source>
        <translation>Width type code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="41"/>
        <source>Width type</source>
        <translation>Width type</translation>
    </message>
    <message>
        <location filename="../fields.py" line="42"/>
        <source>Lanes</source>
        <translation>Lanes</translation>
    </message>
    <message>
        <location filename="../fields.py" line="43"/>
        <source>Section type code</source>
        <translation>Section type code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="44"/>
        <source>Section type</source>
        <translation>Section type</translation>
    </message>
    <message>
        <location filename="../fields.py" line="45"/>
        <source>Risk type</source>
        <translation>Risk type</translation>
    </message>
    <message>
        <location filename="../fields.py" line="46"/>
        <source>Description code</source>
        <translation>Description code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="47"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../fields.py" line="48"/>
        <source>Rank code</source>
        <translation>Rank code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="49"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../fields.py" line="50"/>
        <source>Depth (m)</source>
        <translation>Depth (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="51"/>
        <source>Duration (h)</source>
        <translation>Duration (h)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="52"/>
        <source>Scale code</source>
        <translation>Scale code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="53"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../fields.py" line="54"/>
        <source>Administrator code</source>
        <translation>Administrator code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="55"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../fields.py" line="56"/>
        <source>Area type code</source>
        <translation>Area type code</translation>
    </message>
    <message>
        <location filename="../fields.py" line="57"/>
        <source>Area type</source>
        <translation>Area type</translation>
    </message>
    <message>
        <location filename="../fields.py" line="58"/>
        <source>Max flood depth (m)</source>
        <translation>Max flood depth (m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="59"/>
        <source>Disaster risk records</source>
        <translation>Disaster risk records</translation>
    </message>
    <message>
        <location filename="../fields.py" line="60"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../fields.py" line="61"/>
        <source>Elevation (T.P. m)</source>
        <translation>Elevation (T.P. m)</translation>
    </message>
    <message>
        <location filename="../fields.py" line="65"/>
        <source>River flooding</source>
        <translation>River flooding</translation>
    </message>
    <message>
        <location filename="../fields.py" line="66"/>
        <source>Inland flooding</source>
        <translation>Inland flooding</translation>
    </message>
    <message>
        <location filename="../fields.py" line="67"/>
        <source>Reservoir flooding</source>
        <translation>Reservoir flooding</translation>
    </message>
    <message>
        <location filename="../fields.py" line="68"/>
        <source>Tsunami</source>
        <translation>Tsunami</translation>
    </message>
    <message>
        <location filename="../fields.py" line="69"/>
        <source>Storm surge</source>
        <translation>Storm surge</translation>
    </message>
    <message>
        <location filename="../fields.py" line="70"/>
        <source>Landslide</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <location filename="../fields.py" line="75"/>
        <source>buildings</source>
        <translation>buildings</translation>
    </message>
    <message>
        <location filename="../fields.py" line="76"/>
        <source>building surfaces</source>
        <translation>building surfaces</translation>
    </message>
    <message>
        <location filename="../fields.py" line="77"/>
        <source>risk records</source>
        <translation>risk records</translation>
    </message>
    <message>
        <location filename="../fields.py" line="78"/>
        <source>roads</source>
        <translation>roads</translation>
    </message>
    <message>
        <location filename="../fields.py" line="79"/>
        <source>road surfaces</source>
        <translation>road surfaces</translation>
    </message>
    <message>
        <location filename="../fields.py" line="80"/>
        <source>rasters</source>
        <translation>rasters</translation>
    </message>
    <message>
        <location filename="../fields.py" line="113"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../fields.py" line="113"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../fields.py" line="122"/>
        <source>({n} bytes)</source>
        <translation>({n} bytes)</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="197"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="197"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="208"/>
        <source>Click a building or road in the 3D view to see everything about it.</source>
        <translation>Click a building or road in the 3D view to see everything about it.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="255"/>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="267"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="270"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="290"/>
        <source>Other PLATEAU attributes</source>
        <translation>Other PLATEAU attributes</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="297"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="300"/>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="302"/>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="305"/>
        <source>Footprint area (m²)</source>
        <translation>Footprint area (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="305"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="309"/>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="314"/>
        <source>Disaster risks ({n})</source>
        <translation>Disaster risks ({n})</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="316"/>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="323"/>
        <source>{depth} m deep</source>
        <translation>{depth} m deep</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="338"/>
        <source>3D geometry</source>
        <translation>3D geometry</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="339"/>
        <source>LOD1 polygons</source>
        <translation>LOD1 polygons</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="340"/>
        <source>LOD2 polygons</source>
        <translation>LOD2 polygons</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="376"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="377"/>
        <source>Copy everything</source>
        <translation>Copy everything</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="381"/>
        <source>Zoom to feature</source>
        <translation>Zoom to feature</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../import_dialog.py" line="167"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="167"/>
        <source>Importing {names}</source>
        <translation>Importing {names}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="196"/>
        <source>no features</source>
        <translation>no features</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="197"/>
        <source>✓ {name}: {counts}</source>
        <translation>✓ {name}: {counts}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="199"/>
        <source>    {n} warning(s), e.g. {first}</source>
        <translation>    {n} warning(s), e.g. {first}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="202"/>
        <source>    {n} item(s) skipped, e.g. {first}</source>
        <translation>    {n} item(s) skipped, e.g. {first}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="205"/>
        <source>✗ {message}</source>
        <translation>✗ {message}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="207"/>
        <source>The import was cancelled; the input being imported was rolled back and the project does not contain any of it.</source>
        <translation>The import was cancelled; the input being imported was rolled back and the project does not contain any of it.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="210"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="210"/>
        <source>Import partly failed</source>
        <translation>Import partly failed</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="212"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="214"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="38"/>
        <source>All supported files</source>
        <translation>All supported files</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="39"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="83"/>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="84"/>
        <source>Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, or GeoTIFF elevation models. Each input is imported in one step: if it fails or you cancel, the project stays as it was.</source>
        <translation>Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, or GeoTIFF elevation models. Each input is imported in one step: if it fails or you cancel, the project stays as it was.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="87"/>
        <source>Add files or zip…</source>
        <translation>Add files or zip…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="88"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="121"/>
        <source>Choose files to import</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="126"/>
        <source>Choose a dataset folder</source>
        <translation>Choose a dataset folder</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../layer_panel.py" line="214"/>
        <source>{name}
Kind: {kind}
Source: {source}
Opacity: {opacity} %</source>
        <translation>{name}
Kind: {kind}
Source: {source}
Opacity: {opacity} %</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="224"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="224"/>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="224"/>
        <source>Terrain</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="225"/>
        <source>Vector</source>
        <translation>Vector</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="225"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="375"/>
        <location filename="../layer_panel.py" line="539"/>
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="376"/>
        <source>Show the whole of the selected layer</source>
        <translation>Show the whole of the selected layer</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="377"/>
        <source>Move the layer up</source>
        <translation>Move the layer up</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="379"/>
        <source>Move the layer down</source>
        <translation>Move the layer down</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="381"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="382"/>
        <source>Remove the selected layers from the view (the data stays in the project)</source>
        <translation>Remove the selected layers from the view (the data stays in the project)</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="383"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="384"/>
        <location filename="../layer_panel.py" line="491"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="385"/>
        <source>Check to show, drag to reorder, F2 to rename, right-click for more</source>
        <translation>Check to show, drag to reorder, F2 to rename, right-click for more</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="490"/>
        <source>{n} layers</source>
        <translation>{n} layers</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="492"/>
        <source>Remove {names} from the view? The data stays in the project; the layer&apos;s style is lost.</source>
        <translation>Remove {names} from the view? The data stays in the project; the layer&apos;s style is lost.</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="541"/>
        <source>Open attribute table</source>
        <translation>Open attribute table</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="542"/>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="544"/>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="551"/>
        <source>Add default layers for data without a layer</source>
        <translation>Add default layers for data without a layer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>The 3D view could not be built</source>
        <translation>The 3D view could not be built</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>Layer {name} could not be drawn: {error}</source>
        <translation>Layer {name} could not be drawn: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="205"/>
        <source>Imported {names}: {n} features</source>
        <translation>Imported {names}: {n} features</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Every kind of data already has a layer.</source>
        <translation>Every kind of data already has a layer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Export screenshot</source>
        <translation>Export screenshot</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="245"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="257"/>
        <location filename="../main_window.py" line="264"/>
        <source>Export selection</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="262"/>
        <source>Exported {n} features to {path}</source>
        <translation>Exported {n} features to {path}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="265"/>
        <source>One CSV file per layer was written:</source>
        <translation>One CSV file per layer was written:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>{layer}: {n} features → {file}</source>
        <translation>{layer}: {n} features → {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Cursor: —</source>
        <translation>Cursor: —</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="315"/>
        <source>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</source>
        <translation>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335"/>
        <source>{name}: {total} features, {selected} selected</source>
        <translation>{name}: {total} features, {selected} selected</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>No features</source>
        <translation>No features</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="341"/>
        <location filename="../main_window.py" line="344"/>
        <source>Kaga Twin</source>
        <translation>Kaga Twin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="343"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374"/>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375"/>
        <source>An import is running. Cancel it and close?</source>
        <translation>An import is running. Cancel it and close?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="21"/>
        <source>Kaga Twin ran out of memory. Close other programs or work on a smaller area.</source>
        <translation>Kaga Twin ran out of memory. Close other programs or work on a smaller area.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>A file could not be read or written{where}: {problem}</source>
        <translation>A file could not be read or written{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>Unexpected error: {problem}</source>
        <translation>Unexpected error: {problem}</translation>
    </message>
</context>
<context>
    <name>PanelDocks</name>
    <message>
        <location filename="../docks.py" line="63"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../docks.py" line="64"/>
        <source>Style and legend</source>
        <translation>Style and legend</translation>
    </message>
    <message>
        <location filename="../docks.py" line="65"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../docks.py" line="66"/>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../workers.py" line="152"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../workers.py" line="179"/>
        <source>Cancelling… the import is being rolled back.</source>
        <translation>Cancelling… the import is being rolled back.</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../project_session.py" line="97"/>
        <location filename="../project_session.py" line="108"/>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="114"/>
        <source>Opened {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="116"/>
        <source>read-only: changes to layers and styles are not saved</source>
        <translation>read-only: changes to layers and styles are not saved</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="129"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="131"/>
        <source>This project is open; choose another file name.</source>
        <translation>This project is open; choose another file name.</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="143"/>
        <source>New empty project. Use Import… to add PLATEAU data or a DEM.</source>
        <translation>New empty project. Use Import… to add PLATEAU data or a DEM.</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="177"/>
        <source>The layer settings could not be saved: {error}</source>
        <translation>The layer settings could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="39"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="43"/>
        <source>Same as the system ({language})</source>
        <translation>Same as the system ({language})</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="48"/>
        <source>PLATEAU code-list values (usage, structure, risk ranks) are shown as published, in Japanese.</source>
        <translation>PLATEAU code-list values (usage, structure, risk ranks) are shown as published, in Japanese.</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../style_panel.py" line="217"/>
        <source>Colour by</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="217"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="217"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="218"/>
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="218"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="218"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="219"/>
        <source>Class breaks</source>
        <translation>Class breaks</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="219"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="220"/>
        <source>Vertical exaggeration</source>
        <translation>Vertical exaggeration</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="220"/>
        <source>Level of detail</source>
        <translation>Level of detail</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="223"/>
        <source>Single colour</source>
        <translation>Single colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="224"/>
        <source>Categories (by value)</source>
        <translation>Categories (by value)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="225"/>
        <source>Graduated (numeric classes)</source>
        <translation>Graduated (numeric classes)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="226"/>
        <source>Quantiles (equal counts)</source>
        <translation>Quantiles (equal counts)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="227"/>
        <source>Equal intervals</source>
        <translation>Equal intervals</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="228"/>
        <source>Fixed class edges (e.g. MLIT flood depths)</source>
        <translation>Fixed class edges (e.g. MLIT flood depths)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>LOD2 where available, else LOD1</source>
        <translation>LOD2 where available, else LOD1</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>LOD1 blocks only</source>
        <translation>LOD1 blocks only</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="236"/>
        <source>{name} (reversed)</source>
        <translation>{name} (reversed)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="240"/>
        <source>Choose the colour</source>
        <translation>Choose the colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="241"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="242"/>
        <source>Double-click a category to change its colour</source>
        <translation>Double-click a category to change its colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="255"/>
        <source>No layer selected</source>
        <translation>No layer selected</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="391"/>
        <source>This layer has no attribute to colour by.</source>
        <translation>This layer has no attribute to colour by.</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="405"/>
        <source>Layer colour</source>
        <translation>Layer colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="425"/>
        <source>There are no fixed class edges for this attribute.</source>
        <translation>There are no fixed class edges for this attribute.</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="471"/>
        <source>Colour for {value}</source>
        <translation>Colour for {value}</translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <location filename="../viewport.py" line="102"/>
        <source>Other layers</source>
        <translation>Other layers</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="102"/>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="103"/>
        <source>Other values</source>
        <translation>Other values</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="103"/>
        <source>(at the centre of the view)</source>
        <translation>(at the centre of the view)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window_actions.py" line="122"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="138"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="139"/>
        <source>Export &amp;selection</source>
        <translation>Export &amp;selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="141"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="142"/>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="143"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="145"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="145"/>
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="146"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="146"/>
        <source>Open a Kaga Twin project file (.duckdb)</source>
        <translation>Open a Kaga Twin project file (.duckdb)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="147"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="147"/>
        <source>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</source>
        <translation>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="148"/>
        <source>Export s&amp;creenshot…</source>
        <translation>Export s&amp;creenshot…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="148"/>
        <source>Save the 3D view with its legend as an image</source>
        <translation>Save the 3D view with its legend as an image</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="149"/>
        <source>As &amp;CSV…</source>
        <translation>As &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="149"/>
        <source>Selected features as a CSV table (opens in Excel)</source>
        <translation>Selected features as a CSV table (opens in Excel)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="150"/>
        <source>As &amp;GeoPackage…</source>
        <translation>As &amp;GeoPackage…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="150"/>
        <source>Selected features with their geometry, for QGIS</source>
        <translation>Selected features with their geometry, for QGIS</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="151"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="151"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="153"/>
        <source>Kaga Onsen Station</source>
        <translation>Kaga Onsen Station</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="153"/>
        <source>Look at the station area</source>
        <translation>Look at the station area</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="154"/>
        <source>Whole area</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="154"/>
        <source>Show everything in the project</source>
        <translation>Show everything in the project</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="155"/>
        <source>Top view (2D)</source>
        <translation>Top view (2D)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="155"/>
        <source>Straight down, north up, like a map</source>
        <translation>Straight down, north up, like a map</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="156"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="156"/>
        <source>Frame the selected features</source>
        <translation>Frame the selected features</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="157"/>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="157"/>
        <source>Deselect everything (Esc in the 3D view)</source>
        <translation>Deselect everything (Esc in the 3D view)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="158"/>
        <source>Add default layers</source>
        <translation>Add default layers</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="158"/>
        <source>Add terrain, roads and buildings layers for data without a layer</source>
        <translation>Add terrain, roads and buildings layers for data without a layer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="159"/>
        <source>Add &amp;vector layer…</source>
        <translation>Add &amp;vector layer…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="159"/>
        <source>Points, lines or polygons from any table, view or SQL query with a geometry</source>
        <translation>Points, lines or polygons from any table, view or SQL query with a geometry</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="160"/>
        <source>Add &amp;raster overlay…</source>
        <translation>Add &amp;raster overlay…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="160"/>
        <source>A stored raster draped on the terrain, coloured by value</source>
        <translation>A stored raster draped on the terrain, coloured by value</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="161"/>
        <source>Legend in the 3D view</source>
        <translation>Legend in the 3D view</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="161"/>
        <source>Show the legend inside the 3D view and in screenshots</source>
        <translation>Show the legend inside the 3D view and in screenshots</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="162"/>
        <source>&amp;About Kaga Twin</source>
        <translation>&amp;About Kaga Twin</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="163"/>
        <location filename="../window_actions.py" line="255"/>
        <source>Mouse and keys</source>
        <translation>Mouse and keys</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="170"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="177"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="178"/>
        <source>Kaga Twin project (*.duckdb)</source>
        <translation>Kaga Twin project (*.duckdb)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="185"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="186"/>
        <source>Kaga Twin project (*.duckdb);;All files (*)</source>
        <translation>Kaga Twin project (*.duckdb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <location filename="../window_actions.py" line="207"/>
        <source>Open or create a project first.</source>
        <translation>Open or create a project first.</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="207"/>
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="219"/>
        <source>Export screenshot</source>
        <translation>Export screenshot</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="220"/>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG image (*.png);;JPEG image (*.jpg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="229"/>
        <location filename="../window_actions.py" line="233"/>
        <source>Export selection</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="230"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>Nothing is selected. Select features in the 3D view or the attribute table first.</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="232"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="232"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="247"/>
        <source>About Kaga Twin</source>
        <translation>About Kaga Twin</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="248"/>
        <source>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="256"/>
        <source>Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom
Click: select a building or road and show it in Identify
Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle
Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view
Attribute table: type an SQL condition such as  usage = &apos;商業施設&apos;  and press Enter.</source>
        <translation>Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom
Click: select a building or road and show it in Identify
Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle
Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view
Attribute table: type an SQL condition such as  usage = &apos;商業施設&apos;  and press Enter.</translation>
    </message>
</context>
</TS>
