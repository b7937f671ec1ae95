<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddRasterLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="189"/>
        <source>Add raster overlay</source>
        <translation>Add raster overlay</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="190"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="191"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="192"/>
        <source>Layer name</source>
        <translation>Layer name</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="193"/>
        <source>(the raster&apos;s name)</source>
        <translation>(the raster&apos;s name)</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="195"/>
        <source>{name} ({kind}, {width}×{height} px, {bands} band(s))</source>
        <translation>{name} ({kind}, {width}×{height} px, {bands} band(s))</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="199"/>
        <source>The project has no raster. Import a GeoTIFF first (File ▸ Import…).</source>
        <translation>The project has no raster. Import a GeoTIFF first (File ▸ Import…).</translation>
    </message>
</context>
<context>
    <name>AddVectorLayerDialog</name>
    <message>
        <location filename="../add_layer_dialog.py" line="113"/>
        <source>Add vector layer</source>
        <translation>Add vector layer</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="114"/>
        <source>Table or view</source>
        <translation>Table or view</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="116"/>
        <source>Layer name</source>
        <translation>Layer name</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="117"/>
        <source>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</source>
        <translation>SELECT id, footprint, measured_height FROM buildings WHERE measured_height &gt; 20</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="119"/>
        <source>Type a query with a geometry and an id column: it becomes the source</source>
        <translation>Type a query with a geometry and an id column: it becomes the source</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="154"/>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="158"/>
        <source>(the table&apos;s name)</source>
        <translation>(the table&apos;s name)</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="121"/>
        <source>{name} ({rows:,} features)</source>
        <translation>{name} ({rows:,} features)</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="115"/>
        <source>or SQL query</source>
        <translation>or SQL query</translation>
    </message>
    <message>
        <location filename="../add_layer_dialog.py" line="122"/>
        <source>SQL query…</source>
        <translation>SQL query…</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../analysis_dialog.py" line="52"/>
        <location filename="../analysis_dialog.py" line="132"/>
        <location filename="../analysis_dialog.py" line="135"/>
        <location filename="../analysis_dialog.py" line="149"/>
        <source>Run analysis</source>
        <translation>Run analysis</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="67"/>
        <source>Keep these values in the project</source>
        <translation>Keep these values in the project</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="73"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="96"/>
        <source>No theme of this program offers an analysis yet.</source>
        <translation>No theme of this program offers an analysis yet.</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="108"/>
        <source>Reads {inputs}; writes {outputs}.</source>
        <translation>Reads {inputs}; writes {outputs}.</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="112"/>
        <source>Last run: #{id} at {time}.</source>
        <translation>Last run: #{id} at {time}.</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="146"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="148"/>
        <source>The analysis failed: nothing was changed.</source>
        <translation>The analysis failed: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../analysis_dialog.py" line="153"/>
        <source>Run #{id} finished in {s:.1f} s: {rows}.</source>
        <translation>Run #{id} finished in {s:.1f} s: {rows}.</translation>
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
        <location filename="../attribute_table_model.py" line="395"/>
        <source>Column {name} ({type}); use this name in the filter.</source>
        <translation>Column {name} ({type}); use this name in the filter.</translation>
    </message>
</context>
<context>
    <name>AttributeTablePanel</name>
    <message>
        <location filename="../attribute_table.py" line="171"/>
        <source>The table of this layer cannot be read: {error}</source>
        <translation>The table of this layer cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="202"/>
        <source>Filter (SQL WHERE):</source>
        <translation>Filter (SQL WHERE):</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="204"/>
        <source>An SQL condition on the columns (their names are under the headers). Press Enter to apply; empty shows every feature.</source>
        <translation>An SQL condition on the columns (their names are under the headers). Press Enter to apply; empty shows every feature.</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="206"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="207"/>
        <source>Selected only</source>
        <translation>Selected only</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="208"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="209"/>
        <source>Select every feature that matches the filter, also rows not loaded yet</source>
        <translation>Select every feature that matches the filter, also rows not loaded yet</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="210"/>
        <source>Deselect</source>
        <translation>Deselect</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="211"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="212"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="213"/>
        <source>Write features of this layer as GeoPackage, GeoJSON or CSV</source>
        <translation>Write features of this layer as GeoPackage, GeoJSON or CSV</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="214"/>
        <source>All features of the layer…</source>
        <translation>All features of the layer…</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="215"/>
        <source>Features shown (filter)…</source>
        <translation>Features shown (filter)…</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="216"/>
        <source>Selected features…</source>
        <translation>Selected features…</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="223"/>
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="224"/>
        <source>an SQL condition, e.g. name = &apos;value&apos;</source>
        <translation>an SQL condition, e.g. name = &apos;value&apos;</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="241"/>
        <source>The filter was not applied: {error}</source>
        <translation>The filter was not applied: {error}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="369"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="369"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="370"/>
        <source>CSV, opens in Excel (*.csv)</source>
        <translation>CSV, opens in Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="371"/>
        <location filename="../attribute_table.py" line="379"/>
        <source>Export features</source>
        <translation>Export features</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="382"/>
        <source>Exported {n} features to {path}</source>
        <translation>Exported {n} features to {path}</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="398"/>
        <source>No layer with attributes selected</source>
        <translation>No layer with attributes selected</translation>
    </message>
    <message>
        <location filename="../attribute_table.py" line="403"/>
        <source>{matching} of {total} features shown, {selected} selected</source>
        <translation>{matching} of {total} features shown, {selected} selected</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <location filename="../scenario_building_dialog.py" line="24"/>
        <source>New building</source>
        <translation>New building</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="28"/>
        <source>from storeys</source>
        <translation>from storeys</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="34"/>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="36"/>
        <source>footprint × storeys</source>
        <translation>footprint × storeys</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="38"/>
        <source>from the start (or e.g. 2028-04-01, 2035)</source>
        <translation>from the start (or e.g. 2028-04-01, 2035)</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="43"/>
        <source>Storeys</source>
        <translation>Storeys</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="44"/>
        <source>Height (m)</source>
        <translation>Height (m)</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="45"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="46"/>
        <source>Dwelling units</source>
        <translation>Dwelling units</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="47"/>
        <source>Floor area (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="48"/>
        <source>Stands from</source>
        <translation>Stands from</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="71"/>
        <source>Height {h:.1f} m</source>
        <translation>Height {h:.1f} m</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="74"/>
        <source>Footprint {a:,.0f} m²</source>
        <translation>Footprint {a:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="75"/>
        <source>floor area {f:,.0f} m²</source>
        <translation>floor area {f:,.0f} m²</translation>
    </message>
    <message>
        <location filename="../scenario_building_dialog.py" line="82"/>
        <source>Write the date as 2028-04-01 or a year.</source>
        <translation>Write the date as 2028-04-01 or a year.</translation>
    </message>
</context>
<context>
    <name>BuildingsControls</name>
    <message>
        <location filename="../plateau_controls.py" line="18"/>
        <source>LOD2 where available, else LOD1</source>
        <translation>LOD2 where available, else LOD1</translation>
    </message>
    <message>
        <location filename="../plateau_controls.py" line="18"/>
        <source>LOD1 blocks only</source>
        <translation>LOD1 blocks only</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <location filename="../repair_case_details.py" line="232"/>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="237"/>
        <location filename="../repair_case_details.py" line="394"/>
        <source>Choose a case in the list to see why it ranks where it does.</source>
        <translation>Choose a case in the list to see why it ranks where it does.</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="259"/>
        <source>Case {id} is no longer in the list (the analysis was run again?).</source>
        <translation>Case {id} is no longer in the list (the analysis was run again?).</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="287"/>
        <source>Segment {id}</source>
        <translation>Segment {id}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="291"/>
        <source>Case {id}</source>
        <translation>Case {id}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="293"/>
        <source>Work package {code}</source>
        <translation>Work package {code}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="295"/>
        <source>Priority {p} · {n} report(s) · worst damage: {cls}</source>
        <translation>Priority {p} · {n} report(s) · worst damage: {cls}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="315"/>
        <source>Photo (web)</source>
        <translation>Photo (web)</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="320"/>
        <source>Photo not found: {name}</source>
        <translation>Photo not found: {name}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="341"/>
        <source>{m} m</source>
        <translation>{m} m</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="343"/>
        <source>{m} m from the road</source>
        <translation>{m} m from the road</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="351"/>
        <source>No reports.</source>
        <translation>No reports.</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="356"/>
        <source>No status changes in Kaga Twin yet: the statuses come from the imported reports.</source>
        <translation>No status changes in Kaga Twin yet: the statuses come from the imported reports.</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="362"/>
        <source>{n} report(s)</source>
        <translation>{n} report(s)</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="364"/>
        <source>by {who}</source>
        <translation>by {who}</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="370"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="379"/>
        <source>Why this priority</source>
        <translation>Why this priority</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="380"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="381"/>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="382"/>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="383"/>
        <source>Note (what was done, by whom, …)</source>
        <translation>Note (what was done, by whom, …)</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="384"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../repair_case_details.py" line="385"/>
        <source>Set this status on every report of the case, with the note</source>
        <translation>Set this status on every report of the case, with the note</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../repair_case_filters.py" line="127"/>
        <source>All damage classes</source>
        <translation>All damage classes</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="129"/>
        <source>No class (citizen reports)</source>
        <translation>No class (citizen reports)</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="132"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="175"/>
        <source>Following the twin&apos;s clock: cases first reported up to the time bar&apos;s current time</source>
        <translation>Following the twin&apos;s clock: cases first reported up to the time bar&apos;s current time</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="176"/>
        <source>Following the twin&apos;s clock: no layer is on the clock, so every case is listed</source>
        <translation>Following the twin&apos;s clock: no layer is on the clock, so every case is listed</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="209"/>
        <source>Show cases with status {status}</source>
        <translation>Show cases with status {status}</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="210"/>
        <source>Damage:</source>
        <translation>Damage:</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="211"/>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="212"/>
        <source>Work package: the 1 km mesh (JIS X 0410) a case lies in</source>
        <translation>Work package: the 1 km mesh (JIS X 0410) a case lies in</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="213"/>
        <source>Follow the clock</source>
        <translation>Follow the clock</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="214"/>
        <source>First day of the window (Japan time)</source>
        <translation>First day of the window (Japan time)</translation>
    </message>
    <message>
        <location filename="../repair_case_filters.py" line="215"/>
        <source>Last day of the window (Japan time)</source>
        <translation>Last day of the window (Japan time)</translation>
    </message>
</context>
<context>
    <name>CatchmentChooser</name>
    <message>
        <location filename="../population_catchment.py" line="76"/>
        <source>Kaga Onsen Station, {d} radius</source>
        <extracomment>the analysis&apos; name for a drawn polygon</extracomment>
        <translation>Kaga Onsen Station, {d} radius</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="78"/>
        <source>Kaga Onsen Station, {d} along roads</source>
        <translation>Kaga Onsen Station, {d} along roads</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="80"/>
        <source>Polygon file…</source>
        <translation>Polygon file…</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="82"/>
        <location filename="../population_catchment.py" line="129"/>
        <source>Drawn polygon</source>
        <translation>Drawn polygon</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="130"/>
        <source>Catchment {name}</source>
        <translation>Catchment {name}</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="139"/>
        <source>Catchment polygons</source>
        <translation>Catchment polygons</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="140"/>
        <source>Polygons (*.geojson *.json *.gpkg *.shp)</source>
        <translation>Polygons (*.geojson *.json *.gpkg *.shp)</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="150"/>
        <source>Choose a polygon file first.</source>
        <translation>Choose a polygon file first.</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="171"/>
        <source>Compute the population inside the catchment for every year</source>
        <translation>Compute the population inside the catchment for every year</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="172"/>
        <source>The project is open read-only</source>
        <translation>The project is open read-only</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="175"/>
        <source>Catchment</source>
        <translation>Catchment</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="176"/>
        <source>Apportion by</source>
        <translation>Apportion by</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="178"/>
        <source>area share</source>
        <translation>area share</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="179"/>
        <source>residential floor area</source>
        <translation>residential floor area</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="180"/>
        <source>Area share: people spread evenly over each cell. Residential floor area: people where the PLATEAU homes are (cells without buildings fall back to area share).</source>
        <translation>Area share: people spread evenly over each cell. Residential floor area: people where the PLATEAU homes are (cells without buildings fall back to area share).</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="183"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="184"/>
        <source>Draw…</source>
        <translation>Draw…</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="185"/>
        <source>Draw a catchment on the 3D view: click the corners, double-click or Enter to finish, Esc to cancel</source>
        <translation>Draw a catchment on the 3D view: click the corners, double-click or Enter to finish, Esc to cancel</translation>
    </message>
    <message>
        <location filename="../population_catchment.py" line="187"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
</context>
<context>
    <name>CatchmentTotalsModel</name>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>0–14</source>
        <translation>0–14</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>15–64</source>
        <translation>15–64</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>65+</source>
        <translation>65+</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="109"/>
        <source>75+</source>
        <translation>75+</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="110"/>
        <source>Share 65+</source>
        <translation>Share 65+</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="110"/>
        <source>With scenario</source>
        <translation>With scenario</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="114"/>
        <source>Total with the residents of {name}: a what-if (net new homes × {ppu:g} persons per unit, by phase, from {year}; not split by age)</source>
        <translation>Total with the residents of {name}: a what-if (net new homes × {ppu:g} persons per unit, by phase, from {year}; not split by age)</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="117"/>
        <source>People living in the catchment (cells apportioned by the method chosen)</source>
        <translation>People living in the catchment (cells apportioned by the method chosen)</translation>
    </message>
    <message>
        <location filename="../population_models.py" line="118"/>
        <source>People aged 65 and over as a share of the total</source>
        <translation>People aged 65 and over as a share of the total</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../column_map_dialog.py" line="90"/>
        <source>Columns of {name}</source>
        <translation>Columns of {name}</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="93"/>
        <source>Say which column of the file holds what. Fields marked * are needed to read the file; the others are optional.</source>
        <translation>Say which column of the file holds what. Fields marked * are needed to read the file; the others are optional.</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="100"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="109"/>
        <source>Read as:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="111"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="118"/>
        <source>First rows of the file (the columns read are highlighted)</source>
        <translation>First rows of the file (the columns read are highlighted)</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="242"/>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="259"/>
        <source>* Needed: {needs}</source>
        <translation>* Needed: {needs}</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="263"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="264"/>
        <source>, or </source>
        <translation>, or </translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="313"/>
        <source>No importer can read this file as a table.</source>
        <translation>No importer can read this file as a table.</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="318"/>
        <source>Choose a column for {fields} to import this file.</source>
        <translation>Choose a column for {fields} to import this file.</translation>
    </message>
    <message>
        <location filename="../column_map_dialog.py" line="319"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <location filename="../scenario_study.py" line="129"/>
        <source>Compare with the base</source>
        <translation>Compare with the base</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="130"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="131"/>
        <source>Draw area</source>
        <translation>Draw area</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="132"/>
        <source>Persons per unit</source>
        <translation>Persons per unit</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="133"/>
        <source>Station, 800 m</source>
        <translation>Station, 800 m</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="133"/>
        <source>Station, 500 m</source>
        <translation>Station, 500 m</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="134"/>
        <source>Station, 800 m walk</source>
        <translation>Station, 800 m walk</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="134"/>
        <source>Whole area</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="140"/>
        <source>Drawn polygon</source>
        <translation>Drawn polygon</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="142"/>
        <source>Jobs: floor area per job — offices 20 m², shops 40 m², hotels 120 m², mixed commercial 30 m², public offices 30 m², schools and welfare 60 m² (planning rules of thumb). Ratios are gross, over the area&apos;s land.</source>
        <translation>Jobs: floor area per job — offices 20 m², shops 40 m², hotels 120 m², mixed commercial 30 m², public offices 30 m², schools and welfare 60 m² (planning rules of thumb). Ratios are gross, over the area&apos;s land.</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="165"/>
        <source>Click the corners of the area; double-click or Enter closes it.</source>
        <translation>Click the corners of the area; double-click or Enter closes it.</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="195"/>
        <source>{area}: floor area {fa} m², residents {r}, jobs {j}; {n} zoning violation(s).</source>
        <translation>{area}: floor area {fa} m², residents {r}, jobs {j}; {n} zoning violation(s).</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../snow_chart.py" line="137"/>
        <source>Served (% of length)</source>
        <translation>Served (% of length)</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="144"/>
        <source>Run the coverage analysis to see
how each tier was served over time</source>
        <translation>Run the coverage analysis to see
how each tier was served over time</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="165"/>
        <source>Coverage per tier over the storm</source>
        <translation>Coverage per tier over the storm</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="176"/>
        <source>{tier} (target {h} h)</source>
        <translation>{tier} (target {h} h)</translation>
    </message>
    <message>
        <location filename="../snow_chart.py" line="183"/>
        <source>Japan time, {start} – {end}</source>
        <translation>Japan time, {start} – {end}</translation>
    </message>
</context>
<context>
    <name>Crs</name>
    <message>
        <location filename="../crs_text.py" line="16"/>
        <source>Nagasaki; Kagoshima&apos;s islands</source>
        <translation>Nagasaki; Kagoshima&apos;s islands</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="17"/>
        <source>Fukuoka, Saga, Kumamoto, Oita, Miyazaki, Kagoshima</source>
        <translation>Fukuoka, Saga, Kumamoto, Oita, Miyazaki, Kagoshima</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="18"/>
        <source>Yamaguchi, Shimane, Hiroshima</source>
        <translation>Yamaguchi, Shimane, Hiroshima</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="19"/>
        <source>Kagawa, Ehime, Tokushima, Kochi</source>
        <translation>Kagawa, Ehime, Tokushima, Kochi</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="20"/>
        <source>Hyogo, Tottori, Okayama</source>
        <translation>Hyogo, Tottori, Okayama</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="21"/>
        <source>Kyoto, Osaka, Fukui, Shiga, Mie, Nara, Wakayama</source>
        <translation>Kyoto, Osaka, Fukui, Shiga, Mie, Nara, Wakayama</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="22"/>
        <source>Ishikawa, Toyama, Gifu, Aichi</source>
        <translation>Ishikawa, Toyama, Gifu, Aichi</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="23"/>
        <source>Niigata, Nagano, Yamanashi, Shizuoka</source>
        <translation>Niigata, Nagano, Yamanashi, Shizuoka</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="24"/>
        <source>Tokyo, Fukushima, Tochigi, Ibaraki, Saitama, Chiba, Gunma, Kanagawa</source>
        <translation>Tokyo, Fukushima, Tochigi, Ibaraki, Saitama, Chiba, Gunma, Kanagawa</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="25"/>
        <source>Aomori, Akita, Yamagata, Iwate, Miyagi</source>
        <translation>Aomori, Akita, Yamagata, Iwate, Miyagi</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="26"/>
        <source>Hokkaido, west (Otaru, Hakodate, Date, …)</source>
        <translation>Hokkaido, west (Otaru, Hakodate, Date, …)</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="27"/>
        <source>Hokkaido, centre (Sapporo, Asahikawa, …)</source>
        <translation>Hokkaido, centre (Sapporo, Asahikawa, …)</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="28"/>
        <source>Hokkaido, east (Kushiro, Obihiro, Kitami, …)</source>
        <translation>Hokkaido, east (Kushiro, Obihiro, Kitami, …)</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="29"/>
        <source>Tokyo: the Ogasawara islands</source>
        <translation>Tokyo: the Ogasawara islands</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="30"/>
        <source>Okinawa (the main island)</source>
        <translation>Okinawa (the main island)</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="31"/>
        <source>Okinawa (the Sakishima islands)</source>
        <translation>Okinawa (the Sakishima islands)</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="32"/>
        <source>Okinawa (the Daito islands)</source>
        <translation>Okinawa (the Daito islands)</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="33"/>
        <source>Tokyo: Okinotorishima</source>
        <translation>Tokyo: Okinotorishima</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="34"/>
        <source>Tokyo: Minamitorishima</source>
        <translation>Tokyo: Minamitorishima</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="40"/>
        <source>{crs} — Zone {zone} ({where})</source>
        <translation>{crs} — Zone {zone} ({where})</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="51"/>
        <source>{crs} JGD2011 / Plane Rectangular CS {zone}</source>
        <translation>{crs} JGD2011 / Plane Rectangular CS {zone}</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="60"/>
        <source>Chosen when the project was created</source>
        <translation>Chosen when the project was created</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="61"/>
        <source>Chosen from the location of the first imported data</source>
        <translation>Chosen from the location of the first imported data</translation>
    </message>
    <message>
        <location filename="../crs_text.py" line="62"/>
        <source>The default (Ishikawa&apos;s zone); the first import may choose the zone of its location</source>
        <translation>The default (Ishikawa&apos;s zone); the first import may choose the zone of its location</translation>
    </message>
</context>
<context>
    <name>EditsTab</name>
    <message>
        <location filename="../scenario_edits.py" line="78"/>
        <source>Draw building</source>
        <translation>Draw building</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="79"/>
        <source>Import footprints…</source>
        <translation>Import footprints…</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="80"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="81"/>
        <source>Change selected…</source>
        <translation>Change selected…</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="82"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="82"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="84"/>
        <source>Base (no edits)</source>
        <translation>Base (no edits)</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="98"/>
        <source>Building added to {n}.</source>
        <translation>Building added to {n}.</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="115"/>
        <source>Click the corners of the footprint; double-click or Enter closes it, Esc cancels.</source>
        <translation>Click the corners of the footprint; double-click or Enter closes it, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="129"/>
        <source>A footprint needs at least three corners.</source>
        <translation>A footprint needs at least three corners.</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="146"/>
        <source>Footprints</source>
        <translation>Footprints</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="147"/>
        <source>Polygons (*.geojson *.json *.gpkg)</source>
        <translation>Polygons (*.geojson *.json *.gpkg)</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="151"/>
        <source>Values for features without their own</source>
        <translation>Values for features without their own</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="160"/>
        <source>Footprints imported.</source>
        <translation>Footprints imported.</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="180"/>
        <location filename="../scenario_edits.py" line="191"/>
        <source>Select buildings in the view first.</source>
        <translation>Select buildings in the view first.</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="183"/>
        <source>{k} building(s) removed in {n}.</source>
        <translation>{k} building(s) removed in {n}.</translation>
    </message>
    <message>
        <location filename="../scenario_edits.py" line="194"/>
        <source>Change {k} building(s)</source>
        <translation>Change {k} building(s)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../export.py" line="81"/>
        <source>… {n} more</source>
        <translation>… {n} more</translation>
    </message>
    <message>
        <location filename="../export.py" line="126"/>
        <source>The image could not be written to {path}.</source>
        <translation>The image could not be written to {path}.</translation>
    </message>
    <message>
        <location filename="../export.py" line="152"/>
        <source>The layer {name} has no features to export.</source>
        <extracomment>formats the feature exports write, by file suffix</extracomment>
        <translation>The layer {name} has no features to export.</translation>
    </message>
    <message>
        <location filename="../export.py" line="200"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>Nothing is selected. Select features in the 3D view or the attribute table first.</translation>
    </message>
    <message>
        <location filename="../export.py" line="219"/>
        <source>Choose a .gpkg, .geojson or .csv file.</source>
        <translation>Choose a .gpkg, .geojson or .csv file.</translation>
    </message>
    <message>
        <location filename="../export.py" line="274"/>
        <location filename="../export.py" line="279"/>
        <source>{path} could not be written: {problem}</source>
        <translation>{path} could not be written: {problem}</translation>
    </message>
</context>
<context>
    <name>ExportViewDialog</name>
    <message>
        <location filename="../view_export.py" line="71"/>
        <source>Export view</source>
        <extracomment>sizes offered first (pixels); any other size can be typed</extracomment>
        <translation>Export view</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="75"/>
        <source>Image (PNG) at a chosen size</source>
        <translation>Image (PNG) at a chosen size</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="76"/>
        <source>Map layout (A4 PDF: legend, north arrow, scale, date, sources)</source>
        <translation>Map layout (A4 PDF: legend, north arrow, scale, date, sources)</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="80"/>
        <source>Export as</source>
        <translation>Export as</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="81"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="82"/>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="83"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../view_export.py" line="84"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../fields.py" line="54"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../fields.py" line="54"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../fields.py" line="63"/>
        <source>({n} bytes)</source>
        <translation>({n} bytes)</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="208"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="208"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="222"/>
        <source>Click a building or road in the 3D view to see everything about it.</source>
        <translation>Click a building or road in the 3D view to see everything about it.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="261"/>
        <source>&lt;b&gt;{n} features selected&lt;/b&gt;&lt;br&gt;Layer {layer}</source>
        <translation>&lt;b&gt;{n} features selected&lt;/b&gt;&lt;br&gt;Layer {layer}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="264"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="265"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="267"/>
        <source>Total area (m²)</source>
        <translation>Total area (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="269"/>
        <source>min {v}</source>
        <translation>min {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="270"/>
        <source>max {v}</source>
        <translation>max {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271"/>
        <source>mean {v}</source>
        <translation>mean {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="273"/>
        <source>sum {v}</source>
        <translation>sum {v}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="275"/>
        <source>{n} with a value</source>
        <translation>{n} with a value</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="277"/>
        <source>Features ({n})</source>
        <translation>Features ({n})</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="280"/>
        <source>Double-click to see everything about this feature</source>
        <translation>Double-click to see everything about this feature</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="282"/>
        <source>… {n} more</source>
        <translation>… {n} more</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="319"/>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="331"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Layer {layer}, feature {fid}</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="334"/>
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="354"/>
        <source>Other PLATEAU attributes</source>
        <translation>Other PLATEAU attributes</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="361"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="364"/>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="366"/>
        <source>Geometry</source>
        <translation>Geometry</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="369"/>
        <source>Footprint area (m²)</source>
        <translation>Footprint area (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="369"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="373"/>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="403"/>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="410"/>
        <source>{depth} m deep</source>
        <translation>{depth} m deep</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="427"/>
        <source>LOD1 polygons</source>
        <translation>LOD1 polygons</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="428"/>
        <source>LOD2 polygons</source>
        <translation>LOD2 polygons</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="461"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="462"/>
        <source>Copy everything</source>
        <translation>Copy everything</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="466"/>
        <source>Zoom to feature</source>
        <translation>Zoom to feature</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../import_dialog.py" line="263"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="263"/>
        <source>Importing {names}</source>
        <translation>Importing {names}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="292"/>
        <source>no features</source>
        <translation>no features</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="293"/>
        <source>✓ {name}: {counts}</source>
        <translation>✓ {name}: {counts}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="295"/>
        <source>    {n} warning(s), e.g. {first}</source>
        <translation>    {n} warning(s), e.g. {first}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="298"/>
        <source>    {n} item(s) skipped, e.g. {first}</source>
        <translation>    {n} item(s) skipped, e.g. {first}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="301"/>
        <source>✗ {message}</source>
        <translation>✗ {message}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="304"/>
        <source>Use Columns… in Import… to say which column of the file holds what.</source>
        <translation>Use Columns… in Import… to say which column of the file holds what.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="306"/>
        <source>The import was cancelled; the input being imported was rolled back and the project does not contain any of it.</source>
        <translation>The import was cancelled; the input being imported was rolled back and the project does not contain any of it.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="309"/>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="309"/>
        <source>Import partly failed</source>
        <translation>Import partly failed</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="311"/>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="313"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="50"/>
        <source>All supported files</source>
        <extracomment>item data: the path, whether it can be imported, the importer chosen in Columns… (None: the one that recognises the input) and its options, the importer that recognises it, and whether Columns… can map its columns</extracomment>
        <translation>All supported files</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="51"/>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="102"/>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="103"/>
        <source>Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, or GeoTIFF elevation models. Each input is imported in one step: if it fails or you cancel, the project stays as it was.</source>
        <translation>Add PLATEAU CityGML files, dataset folders or the dataset .zip as downloaded, or GeoTIFF elevation models. Each input is imported in one step: if it fails or you cancel, the project stays as it was.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="106"/>
        <source>For a table (CSV) whose columns are not recognised, select it and use Columns… to say which column holds what.</source>
        <translation>For a table (CSV) whose columns are not recognised, select it and use Columns… to say which column holds what.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="108"/>
        <source>Add files or zip…</source>
        <translation>Add files or zip…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="109"/>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="110"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="111"/>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="112"/>
        <source>Say which column of the selected table holds which field</source>
        <translation>Say which column of the selected table holds which field</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="113"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="162"/>
        <source>no importer recognises its columns ({columns}) — use Columns… to say which column holds what</source>
        <translation>no importer recognises its columns ({columns}) — use Columns… to say which column holds what</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="175"/>
        <source>columns mapped: {pairs}</source>
        <translation>columns mapped: {pairs}</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="213"/>
        <source>Choose files to import</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="218"/>
        <source>Choose a dataset folder</source>
        <translation>Choose a dataset folder</translation>
    </message>
</context>
<context>
    <name>LakeAreaDialog</name>
    <message>
        <location filename="../lake_dialog.py" line="120"/>
        <location filename="../lake_dialog.py" line="286"/>
        <source>Open area from lake</source>
        <translation>Open area from lake</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="121"/>
        <location filename="../lake_dialog.py" line="139"/>
        <source>Lake folder</source>
        <translation>Lake folder</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="122"/>
        <location filename="../lake_dialog.py" line="134"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="123"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="124"/>
        <source>A city of the lake</source>
        <translation>A city of the lake</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="125"/>
        <source>A box of longitudes and latitudes (buildings whose centre lies in it)</source>
        <translation>A box of longitudes and latitudes (buildings whose centre lies in it)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="126"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="126"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="126"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="127"/>
        <source>West (min. longitude)</source>
        <translation>West (min. longitude)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="127"/>
        <source>South (min. latitude)</source>
        <translation>South (min. latitude)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="128"/>
        <source>East (max. longitude)</source>
        <translation>East (max. longitude)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="129"/>
        <source>North (max. latitude)</source>
        <translation>North (max. latitude)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="131"/>
        <source>Open it in</source>
        <translation>Open it in</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="132"/>
        <source>This project</source>
        <translation>This project</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="133"/>
        <source>A new project file:</source>
        <translation>A new project file:</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="135"/>
        <source>Open area</source>
        <translation>Open area</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="144"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="145"/>
        <source>Kaga Twin project (*.duckdb)</source>
        <translation>Kaga Twin project (*.duckdb)</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="160"/>
        <source>Choose a lake folder made by kaga-twin lake build.</source>
        <translation>Choose a lake folder made by kaga-twin lake build.</translation>
    </message>
    <message>
        <location filename="../lake_dialog.py" line="186"/>
        <source>Cities: {n}, buildings: {b}</source>
        <translation>Cities: {n}, buildings: {b}</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="146"/>
        <location filename="../layer_panel.py" line="401"/>
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="147"/>
        <source>Show the whole of the selected layer</source>
        <translation>Show the whole of the selected layer</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="148"/>
        <source>Move the layer up</source>
        <translation>Move the layer up</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="150"/>
        <source>Move the layer down</source>
        <translation>Move the layer down</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="152"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="153"/>
        <source>Remove the selected layers from the view (the data stays in the project)</source>
        <translation>Remove the selected layers from the view (the data stays in the project)</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="154"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="155"/>
        <location filename="../layer_panel.py" line="301"/>
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="156"/>
        <location filename="../layer_panel.py" line="353"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="157"/>
        <source>Check to show, drag to reorder or to move into a group, F2 to rename, right-click for more</source>
        <translation>Check to show, drag to reorder or to move into a group, F2 to rename, right-click for more</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="433"/>
        <source>Move to group</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="439"/>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="300"/>
        <source>{n} layers</source>
        <translation>{n} layers</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="302"/>
        <source>Remove {names} from the view? The data stays in the project; the layer&apos;s style is lost.</source>
        <translation>Remove {names} from the view? The data stays in the project; the layer&apos;s style is lost.</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="403"/>
        <source>Open attribute table</source>
        <translation>Open attribute table</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="404"/>
        <source>Style…</source>
        <translation>Style…</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="406"/>
        <location filename="../layer_panel.py" line="416"/>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="420"/>
        <source>Rename group</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="421"/>
        <source>Remove group (its layers stay)</source>
        <translation>Remove group (its layers stay)</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="424"/>
        <source>Add default layers for data without a layer</source>
        <translation>Add default layers for data without a layer</translation>
    </message>
</context>
<context>
    <name>LayerTreeModel</name>
    <message>
        <location filename="../layer_tree_model.py" line="262"/>
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
        <location filename="../layer_tree_model.py" line="266"/>
        <source>Hidden with its group</source>
        <translation>Hidden with its group</translation>
    </message>
    <message>
        <location filename="../layer_tree_model.py" line="286"/>
        <source>Group {name}: {n} layers</source>
        <translation>Group {name}: {n} layers</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>The 3D view could not be built</source>
        <translation>The 3D view could not be built</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175"/>
        <source>Layer {name} could not be drawn: {error}</source>
        <translation>Layer {name} could not be drawn: {error}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>Imported {names}: {n} features</source>
        <translation>Imported {names}: {n} features</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="243"/>
        <source>Analysis {name} finished (run {id})</source>
        <translation>Analysis {name} finished (run {id})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Every kind of data already has a layer.</source>
        <translation>Every kind of data already has a layer.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="300"/>
        <source>Export screenshot</source>
        <translation>Export screenshot</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="302"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <location filename="../main_window.py" line="321"/>
        <source>Export selection</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319"/>
        <source>Exported {n} features to {path}</source>
        <translation>Exported {n} features to {path}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322"/>
        <source>One CSV file per layer was written:</source>
        <translation>One CSV file per layer was written:</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323"/>
        <source>{layer}: {n} features → {file}</source>
        <translation>{layer}: {n} features → {file}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="383"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="394"/>
        <source>Cursor: —</source>
        <translation>Cursor: —</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="398"/>
        <source>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</source>
        <translation>{lat:.5f}° N, {lon:.5f}° E, T.P. {z:.1f} m</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="403"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>{name}: {total} features, {selected} selected</source>
        <translation>{name}: {total} features, {selected} selected</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>No features</source>
        <translation>No features</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Coordinate system of the project</source>
        <translation>Coordinate system of the project</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="435"/>
        <location filename="../main_window.py" line="438"/>
        <source>Kaga Twin</source>
        <translation>Kaga Twin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="477"/>
        <source>An import is running. Cancel it and close?</source>
        <translation>An import is running. Cancel it and close?</translation>
    </message>
</context>
<context>
    <name>MeasurePanel</name>
    <message>
        <location filename="../measure_tool.py" line="152"/>
        <source>Copied: {text}</source>
        <translation>Copied: {text}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="170"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="170"/>
        <source>T.P. height (m)</source>
        <translation>T.P. height (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <location filename="../measure_tool.py" line="266"/>
        <source>Horizontal (m)</source>
        <translation>Horizontal (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <location filename="../measure_tool.py" line="267"/>
        <source>Slope (m)</source>
        <translation>Slope (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="211"/>
        <source>Height (m)</source>
        <translation>Height (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="216"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="218"/>
        <source>Distance: click the next point</source>
        <translation>Distance: click the next point</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="220"/>
        <source>Distance: {total} along {n} segment(s) (horizontal {h}, height {dz}); last segment {last}</source>
        <translation>Distance: {total} along {n} segment(s) (horizontal {h}, height {dz}); last segment {last}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="224"/>
        <source>; to the cursor {d} (total {t})</source>
        <translation>; to the cursor {d} (total {t})</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="234"/>
        <source>the project CRS</source>
        <translation>the project CRS</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="235"/>
        <source>Area (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="236"/>
        <source>Perimeter (m)</source>
        <translation>Perimeter (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="238"/>
        <source>Area: click at least three corners</source>
        <translation>Area: click at least three corners</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="239"/>
        <source> ({ha} ha)</source>
        <translation> ({ha} ha)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="240"/>
        <source>Area: {area} m²{ha}, perimeter {p}, {n} corners (planar, in {crs})</source>
        <translation>Area: {area} m²{ha}, perimeter {p}, {n} corners (planar, in {crs})</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="251"/>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="252"/>
        <source>Measured height (m)</source>
        <translation>Measured height (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="252"/>
        <source>Ground T.P. (m)</source>
        <translation>Ground T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="253"/>
        <source>Roof T.P. (m)</source>
        <translation>Roof T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="253"/>
        <source>Picked point T.P. (m)</source>
        <translation>Picked point T.P. (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="254"/>
        <source>Picked point above the ground (m)</source>
        <translation>Picked point above the ground (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="256"/>
        <source>{name}: height {h}</source>
        <translation>{name}: height {h}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="258"/>
        <source> (ground T.P. {g}, roof T.P. {r})</source>
        <translation> (ground T.P. {g}, roof T.P. {r})</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="260"/>
        <source>; picked point {a} above the ground</source>
        <translation>; picked point {a} above the ground</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="265"/>
        <source>Height difference (m)</source>
        <translation>Height difference (m)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="268"/>
        <source>Height difference {dz} (T.P. {z1} → {z2}), horizontal {h}, slope {s}</source>
        <translation>Height difference {dz} (T.P. {z1} → {z2}), horizontal {h}, slope {s}</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="272"/>
        <source>Height: T.P. {z}; click a second point for the difference</source>
        <translation>Height: T.P. {z}; click a second point for the difference</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="301"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="301"/>
        <source>Path length along clicked points</source>
        <translation>Path length along clicked points</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="302"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="302"/>
        <source>Area of a clicked polygon</source>
        <translation>Area of a clicked polygon</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="303"/>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="303"/>
        <source>Height of a building, or between two points</source>
        <translation>Height of a building, or between two points</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="308"/>
        <source>Click points on the ground, roofs or roads. Double-click or Enter ends the path, Backspace removes the last point, Esc or a right click cancels. Drag to turn the view.</source>
        <translation>Click points on the ground, roofs or roads. Double-click or Enter ends the path, Backspace removes the last point, Esc or a right click cancels. Drag to turn the view.</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="310"/>
        <source>Click the corners of the area. Double-click or Enter closes it, Esc or a right click cancels. The area is planar, in the project&apos;s coordinate system.</source>
        <translation>Click the corners of the area. Double-click or Enter closes it, Esc or a right click cancels. The area is planar, in the project&apos;s coordinate system.</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="312"/>
        <source>Click a building for its height, then a second point for the height difference. Esc or a right click cancels.</source>
        <translation>Click a building for its height, then a second point for the height difference. Esc or a right click cancels.</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="316"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="317"/>
        <source>Copy the result as text (Ctrl+C while measuring)</source>
        <translation>Copy the result as text (Ctrl+C while measuring)</translation>
    </message>
    <message>
        <location filename="../measure_tool.py" line="318"/>
        <source>Clear</source>
        <translation>Clear</translation>
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
    <name>NewProjectDialog</name>
    <message>
        <location filename="../new_project_dialog.py" line="55"/>
        <location filename="../new_project_dialog.py" line="69"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="56"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="57"/>
        <source>Coordinate system</source>
        <translation>Coordinate system</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="58"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="61"/>
        <source>Choose from the data&apos;s location (automatic)</source>
        <translation>Choose from the data&apos;s location (automatic)</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="65"/>
        <source>Automatic: the first import chooses the plane rectangular zone of the prefecture its data lies in (Kaga City, Ishikawa: zone VII, EPSG:6675).</source>
        <translation>Automatic: the first import chooses the plane rectangular zone of the prefecture its data lies in (Kaga City, Ishikawa: zone VII, EPSG:6675).</translation>
    </message>
    <message>
        <location filename="../new_project_dialog.py" line="70"/>
        <source>Kaga Twin project (*.duckdb)</source>
        <translation>Kaga Twin project (*.duckdb)</translation>
    </message>
</context>
<context>
    <name>PanelDocks</name>
    <message>
        <location filename="../docks.py" line="90"/>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../docks.py" line="91"/>
        <source>Style and legend</source>
        <translation>Style and legend</translation>
    </message>
    <message>
        <location filename="../docks.py" line="92"/>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../docks.py" line="93"/>
        <source>Attribute table</source>
        <translation>Attribute table</translation>
    </message>
</context>
<context>
    <name>ParamControls</name>
    <message>
        <location filename="../param_controls.py" line="122"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../param_controls.py" line="169"/>
        <location filename="../param_controls.py" line="181"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PopulationChart</name>
    <message>
        <location filename="../population_chart.py" line="103"/>
        <source>Run a catchment or click a mesh column
to see its population pyramid</source>
        <translation>Run a catchment or click a mesh column
to see its population pyramid</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="123"/>
        <source>men and women split by the IPSS municipal sex ratio ({year})</source>
        <translation>men and women split by the IPSS municipal sex ratio ({year})</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="125"/>
        <source>no figures by sex: ages only</source>
        <translation>no figures by sex: ages only</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="134"/>
        <location filename="../population_chart.py" line="138"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="135"/>
        <location filename="../population_chart.py" line="140"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="154"/>
        <source> · 65+ {share:.1f} %</source>
        <translation> · 65+ {share:.1f} %</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="155"/>
        <source>{year}: {total} people{extra}</source>
        <translation>{year}: {total} people{extra}</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="163"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="168"/>
        <source>With {name}</source>
        <translation>With {name}</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="172"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../population_chart.py" line="182"/>
        <location filename="../population_chart.py" line="184"/>
        <source>Share 65+ (%)</source>
        <translation>Share 65+ (%)</translation>
    </message>
</context>
<context>
    <name>PopulationPanel</name>
    <message>
        <location filename="../population_panel.py" line="270"/>
        <source>The catchment of the last run cannot be shown: {problem}</source>
        <translation>The catchment of the last run cannot be shown: {problem}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="293"/>
        <location filename="../population_panel.py" line="299"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="304"/>
        <location filename="../population_panel.py" line="351"/>
        <source>Population in a catchment</source>
        <translation>Population in a catchment</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="323"/>
        <source>Click the corners of the catchment on the 3D view; double-click or Enter finishes, Esc cancels.</source>
        <translation>Click the corners of the catchment on the 3D view; double-click or Enter finishes, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="331"/>
        <source>A catchment needs at least three corners.</source>
        <translation>A catchment needs at least three corners.</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="349"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="357"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>Run #{id} finished in {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="390"/>
        <source>Share 65+: {a:.1f} % ({ya}) → {b:.1f} % ({yb}), {d:+.1f} points; total {t}</source>
        <translation>Share 65+: {a:.1f} % ({ya}) → {b:.1f} % ({yb}), {d:+.1f} points; total {t}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="418"/>
        <location filename="../population_panel.py" line="435"/>
        <source>Mesh cell {code}</source>
        <translation>Mesh cell {code}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="423"/>
        <source>Catchment (run one)</source>
        <translation>Catchment (run one)</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="442"/>
        <source>Computing the catchment&apos;s population pyramid…</source>
        <translation>Computing the catchment&apos;s population pyramid…</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="448"/>
        <source>The chart could not be drawn: {problem}</source>
        <translation>The chart could not be drawn: {problem}</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="471"/>
        <source>The project has no population layer.</source>
        <translation>The project has no population layer.</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="492"/>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="495"/>
        <source>This project has no mesh population yet.

Import an MLIT 500 m mesh projection (国土数値情報 将来推計人口メッシュ) or an e-Stat census mesh file (File ▸ Import…).</source>
        <translation>This project has no mesh population yet.

Import an MLIT 500 m mesh projection (国土数値情報 将来推計人口メッシュ) or an e-Stat census mesh file (File ▸ Import…).</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="504"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="505"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="506"/>
        <source>Columns coloured by</source>
        <translation>Columns coloured by</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="507"/>
        <source>Chart for</source>
        <translation>Chart for</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="508"/>
        <source>Show columns</source>
        <translation>Show columns</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="509"/>
        <source>Show the 3D mesh columns: height = population, colour as chosen</source>
        <translation>Show the 3D mesh columns: height = population, colour as chosen</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="510"/>
        <source>Play years</source>
        <translation>Play years</translation>
    </message>
    <message>
        <location filename="../population_panel.py" line="511"/>
        <source>Play the years on the time bar in 5-year steps</source>
        <translation>Play the years on the time bar in 5-year steps</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <location filename="../workers.py" line="172"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../workers.py" line="199"/>
        <source>Cancelling… everything is being rolled back.</source>
        <translation>Cancelling… everything is being rolled back.</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../project_session.py" line="118"/>
        <location filename="../project_session.py" line="129"/>
        <source>Cannot open project</source>
        <extracomment>how often the open project is checked: let go of when idle, changes by other programs picked up how long a save or import in the window waits for a command line reader of the project (seconds)</extracomment>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="137"/>
        <source>Opened {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="139"/>
        <source>read-only: changes to layers and styles are not saved</source>
        <translation>read-only: changes to layers and styles are not saved</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="150"/>
        <source>Some saved layers could not be restored</source>
        <translation>Some saved layers could not be restored</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="151"/>
        <source>The project opened; these parts of its saved layout were left out:</source>
        <translation>The project opened; these parts of its saved layout were left out:</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="168"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="170"/>
        <source>This project is open; choose another file name.</source>
        <translation>This project is open; choose another file name.</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="184"/>
        <source>New empty project. Use Import… to add PLATEAU data or a DEM.</source>
        <translation>New empty project. Use Import… to add PLATEAU data or a DEM.</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="219"/>
        <source>The layer settings could not be saved: {error}</source>
        <translation>The layer settings could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="245"/>
        <source>Another program changed the project ({tables}); its layers were refreshed.</source>
        <translation>Another program changed the project ({tables}); its layers were refreshed.</translation>
    </message>
    <message>
        <location filename="../project_session.py" line="248"/>
        <source>Another program changed the project; if something looks out of date, open it again.</source>
        <translation>Another program changed the project; if something looks out of date, open it again.</translation>
    </message>
</context>
<context>
    <name>RepairCasesModel</name>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="197"/>
        <source>Worst damage</source>
        <translation>Worst damage</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>First reported</source>
        <translation>First reported</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>Last reported</source>
        <translation>Last reported</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="198"/>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="199"/>
        <source>Work package</source>
        <translation>Work package</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="208"/>
        <source>Place in the list by priority (1 = repair first)</source>
        <translation>Place in the list by priority (1 = repair first)</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="236"/>
        <source>Road segment {id}</source>
        <translation>Road segment {id}</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="253"/>
        <source>Segment {id}</source>
        <translation>Segment {id}</translation>
    </message>
    <message>
        <location filename="../repair_cases_model.py" line="259"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>RoadDamagePanel</name>
    <message>
        <location filename="../road_damage_panel.py" line="202"/>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="205"/>
        <source>This project has no road-damage reports yet.

Import a My City Report, Open311 or FixMyStreet export or AI detections (File ▸ Import…) and a road network; then the analysis groups the reports into repair cases and ranks them here.</source>
        <translation>This project has no road-damage reports yet.

Import a My City Report, Open311 or FixMyStreet export or AI detections (File ▸ Import…) and a road network; then the analysis groups the reports into repair cases and ranks them here.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="210"/>
        <source>The reports are not grouped into repair cases yet.

Click “Re-run analysis” to match them to the road segments, group them into cases and rank them.</source>
        <translation>The reports are not grouped into repair cases yet.

Click “Re-run analysis” to match them to the road segments, group them into cases and rank them.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="227"/>
        <source>The list may be out of date: {reason}. Re-run the analysis.</source>
        <translation>The list may be out of date: {reason}. Re-run the analysis.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="242"/>
        <source>{shown} of {total} cases</source>
        <translation>{shown} of {total} cases</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="258"/>
        <source>The top of the list. Choose a case to see it on the map.</source>
        <translation>The top of the list. Choose a case to see it on the map.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="260"/>
        <source>No case matches the filter.</source>
        <translation>No case matches the filter.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="383"/>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="385"/>
        <source>Case {id}: {status} ({n} report(s))</source>
        <translation>Case {id}: {status} ({n} report(s))</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="406"/>
        <location filename="../road_damage_panel.py" line="409"/>
        <location filename="../road_damage_panel.py" line="421"/>
        <location filename="../road_damage_panel.py" line="502"/>
        <source>Re-run analysis</source>
        <translation>Re-run analysis</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="419"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="423"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>Run #{id} finished in {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="451"/>
        <source>Printable PDF, one page per work package (*.pdf)</source>
        <translation>Printable PDF, one page per work package (*.pdf)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="452"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="452"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="459"/>
        <location filename="../road_damage_panel.py" line="492"/>
        <source>Export work orders</source>
        <translation>Export work orders</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="489"/>
        <source>Unknown export format {fmt}</source>
        <translation>Unknown export format {fmt}</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="495"/>
        <source>{n} work orders in {p} packages → {path}</source>
        <translation>{n} work orders in {p} packages → {path}</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="501"/>
        <source>Road damage</source>
        <translation>Road damage</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="503"/>
        <source>Match the reports to the roads, group them into cases and rank them again, with the weights kept in the project</source>
        <translation>Match the reports to the roads, group them into cases and rank them again, with the weights kept in the project</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="505"/>
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="506"/>
        <source>Edit the weights of the priority (kept in the project)</source>
        <translation>Edit the weights of the priority (kept in the project)</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="507"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../road_damage_panel.py" line="508"/>
        <source>Work orders of the cases with the ticked statuses in the chosen area (all areas when none is chosen): PDF, CSV or GeoPackage</source>
        <translation>Work orders of the cases with the ticked statuses in the chosen area (all areas when none is chosen): PDF, CSV or GeoPackage</translation>
    </message>
</context>
<context>
    <name>ScenarioChoice</name>
    <message>
        <location filename="../population_scenario.py" line="100"/>
        <location filename="../population_scenario.py" line="112"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../population_scenario.py" line="104"/>
        <source>What-if: the residents of {name} (its net new homes × {ppu:g} persons per unit, by its phase dates from {year}) added to the forecast; not split by age.</source>
        <translation>What-if: the residents of {name} (its net new homes × {ppu:g} persons per unit, by its phase dates from {year}) added to the forecast; not split by age.</translation>
    </message>
    <message>
        <location filename="../population_scenario.py" line="109"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../population_scenario.py" line="110"/>
        <source>Add a scenario&apos;s residents to the catchment&apos;s forecast: a what-if (its net new homes × persons per unit, by its phase dates; not split by age)</source>
        <translation>Add a scenario&apos;s residents to the catchment&apos;s forecast: a what-if (its net new homes × persons per unit, by its phase dates; not split by age)</translation>
    </message>
</context>
<context>
    <name>ScenarioIdentifyPopup</name>
    <message>
        <location filename="../scenario_identify.py" line="50"/>
        <source>Height (m)</source>
        <extracomment>the attributes shown, in order</extracomment>
        <translation>Height (m)</translation>
    </message>
    <message>
        <location filename="../scenario_identify.py" line="63"/>
        <source>{scenario}: building</source>
        <translation>{scenario}: building</translation>
    </message>
    <message>
        <location filename="../scenario_identify.py" line="63"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
</context>
<context>
    <name>ScenarioModels</name>
    <message>
        <location filename="../scenario_models.py" line="81"/>
        <location filename="../scenario_models.py" line="140"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="82"/>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="83"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="84"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="109"/>
        <source>Dwelling units</source>
        <extracomment>how the metrics table names each figure</extracomment>
        <translation>Dwelling units</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="110"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="111"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="112"/>
        <source>Building coverage ratio (%)</source>
        <translation>Building coverage ratio (%)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="113"/>
        <source>Floor-area ratio (%)</source>
        <translation>Floor-area ratio (%)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="114"/>
        <source>Floor area (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="138"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="139"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="141"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="145"/>
        <location filename="../scenario_models.py" line="153"/>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="146"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="147"/>
        <source>Limit broken</source>
        <translation>Limit broken</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="148"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="149"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="154"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="155"/>
        <source>Hours gained</source>
        <translation>Hours gained</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="156"/>
        <source>Base (h)</source>
        <translation>Base (h)</translation>
    </message>
    <message>
        <location filename="../scenario_models.py" line="157"/>
        <source>Scenario (h)</source>
        <translation>Scenario (h)</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../scenario_panel.py" line="95"/>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="96"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="96"/>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="97"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="97"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="98"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="98"/>
        <source>Side by side…</source>
        <translation>Side by side…</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="101"/>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="101"/>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="101"/>
        <source>Winter shadows</source>
        <translation>Winter shadows</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="175"/>
        <source>Scenarios changed.</source>
        <translation>Scenarios changed.</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="198"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="202"/>
        <source>New scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="203"/>
        <source>Scenario {n} created.</source>
        <translation>Scenario {n} created.</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="208"/>
        <source>Duplicate scenario</source>
        <translation>Duplicate scenario</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="214"/>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="222"/>
        <source>Delete scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="223"/>
        <source>Delete the scenario {n} and its edits?</source>
        <translation>Delete the scenario {n} and its edits?</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="226"/>
        <source>Scenario {n} deleted.</source>
        <translation>Scenario {n} deleted.</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="234"/>
        <source>Export scenario</source>
        <translation>Export scenario</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="235"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../scenario_panel.py" line="237"/>
        <source>Exported to {p}.</source>
        <translation>Exported to {p}.</translation>
    </message>
</context>
<context>
    <name>ScenarioStudy</name>
    <message>
        <location filename="../scenario_study.py" line="74"/>
        <source>Scenario study</source>
        <extracomment>areas offered for the metrics (twin.scenario_metrics.resolve_area names)</extracomment>
        <translation>Scenario study</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="75"/>
        <source>Computing {n}…</source>
        <translation>Computing {n}…</translation>
    </message>
</context>
<context>
    <name>ScenarioUndo</name>
    <message>
        <location filename="../scenario_undo.py" line="27"/>
        <source>Add {n} building(s): {usage}</source>
        <translation>Add {n} building(s): {usage}</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="30"/>
        <source>, {s} storeys</source>
        <translation>, {s} storeys</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="32"/>
        <source>Remove {n} building(s)</source>
        <translation>Remove {n} building(s)</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="36"/>
        <source>height {h:g} m</source>
        <translation>height {h:g} m</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="38"/>
        <source>{s} storeys</source>
        <translation>{s} storeys</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="41"/>
        <source>Change {n} building(s): {what}</source>
        <translation>Change {n} building(s): {what}</translation>
    </message>
    <message>
        <location filename="../scenario_undo.py" line="44"/>
        <source> (from {d})</source>
        <translation> (from {d})</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <location filename="../repair_case_details.py" line="132"/>
        <source>Priority (sum of the parts)</source>
        <translation>Priority (sum of the parts)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../search_box.py" line="110"/>
        <source>Search: name, building ID, gml:id, road, case… (Ctrl+F)</source>
        <translation>Search: name, building ID, gml:id, road, case… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../search_box.py" line="111"/>
        <source>Find buildings by name, building ID or gml:id, roads by name, repair cases and road segments by number; choose a result to go there and identify it</source>
        <translation>Find buildings by name, building ID or gml:id, roads by name, repair cases and road segments by number; choose a result to go there and identify it</translation>
    </message>
    <message>
        <location filename="../search_box.py" line="172"/>
        <source>{value}: no layer shows {kind}; add it to identify it here</source>
        <translation>{value}: no layer shows {kind}; add it to identify it here</translation>
    </message>
    <message>
        <location filename="../search_box.py" line="184"/>
        <source>Found {text}</source>
        <translation>Found {text}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../search_box.py" line="57"/>
        <source>{kind}, {column} = {value}</source>
        <extracomment>ms after the last key before searching</extracomment>
        <translation>{kind}, {column} = {value}</translation>
    </message>
</context>
<context>
    <name>ServiceLevelModel</name>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Target (h)</source>
        <translation>Target (h)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="345"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Length (km)</source>
        <translation>Length (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="345"/>
        <source>In time (km)</source>
        <translation>In time (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="344"/>
        <source>Served in time</source>
        <translation>Served in time</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="349"/>
        <source>Share of the tier&apos;s length first served within its target after the storm&apos;s start</source>
        <translation>Share of the tier&apos;s length first served within its target after the storm&apos;s start</translation>
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
    <name>ShadowTab</name>
    <message>
        <location filename="../scenario_study.py" line="251"/>
        <source>Compute shadow hours</source>
        <translation>Compute shadow hours</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="252"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="252"/>
        <source>Plane height</source>
        <translation>Plane height</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="252"/>
        <source>Grid spacing (m)</source>
        <translation>Grid spacing (m)</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="253"/>
        <source>List neighbours gaining more than (h)</source>
        <translation>List neighbours gaining more than (h)</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="255"/>
        <source>Show the difference in the view</source>
        <translation>Show the difference in the view</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="256"/>
        <source>Sun and shadows in the view at</source>
        <translation>Sun and shadows in the view at</translation>
    </message>
    <message>
        <location filename="../scenario_study.py" line="276"/>
        <source>{date}, 8:00–16:00 true solar time, plane at {h:g} m, grid {g:g} m: {n} neighbouring building(s) gain more than {gain:g} h of shadow (at most {worst:.1f} h); {cells} cells gain shadow, {less} lose it.</source>
        <translation>{date}, 8:00–16:00 true solar time, plane at {h:g} m, grid {g:g} m: {n} neighbouring building(s) gain more than {gain:g} h of shadow (at most {worst:.1f} h); {cells} cells gain shadow, {less} lose it.</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../side_by_side.py" line="128"/>
        <source>Scenario comparison</source>
        <extracomment>the layer kinds copied from the main document under the scenario&apos;s buildings</extracomment>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="129"/>
        <source>Left:</source>
        <translation>Left:</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="130"/>
        <source>Right:</source>
        <translation>Right:</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="131"/>
        <source>Standing in:</source>
        <translation>Standing in:</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="132"/>
        <source>Single view</source>
        <translation>Single view</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="133"/>
        <source>Switch (X)</source>
        <translation>Switch (X)</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="134"/>
        <source>The cameras are linked; X switches the views.</source>
        <translation>The cameras are linked; X switches the views.</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="159"/>
        <location filename="../side_by_side.py" line="276"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../side_by_side.py" line="186"/>
        <source>Every phase</source>
        <translation>Every phase</translation>
    </message>
</context>
<context>
    <name>SnowPanel</name>
    <message>
        <location filename="../snow_panel.py" line="263"/>
        <location filename="../snow_panel.py" line="612"/>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="297"/>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="300"/>
        <source>This project has no plough tracks yet.

Import an AVL CSV, GPX tracks, a vendor GeoJSON export or plough-tracker snapshots (File ▸ Import…) and a road network; then choose the storm window and click “Run”.</source>
        <translation>This project has no plough tracks yet.

Import an AVL CSV, GPX tracks, a vendor GeoJSON export or plough-tracker snapshots (File ▸ Import…) and a road network; then choose the storm window and click “Run”.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="305"/>
        <source>The storm has not been analysed yet.

Choose the storm window above and click “Run” to find the segments each plough served, the service level per tier and what was missed.</source>
        <translation>The storm has not been analysed yet.

Choose the storm window above and click “Run” to find the segments each plough served, the service level per tier and what was missed.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="316"/>
        <source>Results for {start} – {end} (Japan time)</source>
        <translation>Results for {start} – {end} (Japan time)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="334"/>
        <source>The results may be out of date: {reason}. Run the analysis again.</source>
        <translation>The results may be out of date: {reason}. Run the analysis again.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="337"/>
        <source>The results are for another window; click “Run” for this one.</source>
        <translation>The results are for another window; click “Run” for this one.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="375"/>
        <source>Unploughed at {time} ({n})</source>
        <translation>Unploughed at {time} ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="376"/>
        <source>Missed ({n})</source>
        <translation>Missed ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="380"/>
        <source>{km} km of priority roads</source>
        <translation>{km} km of priority roads</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="382"/>
        <source>Late ({n})</source>
        <translation>Late ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="383"/>
        <source>Vehicles ({n})</source>
        <translation>Vehicles ({n})</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="393"/>
        <source>The chart could not be drawn: {problem}</source>
        <translation>The chart could not be drawn: {problem}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="522"/>
        <location filename="../snow_panel.py" line="527"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="522"/>
        <source>The storm window must end after it starts.</source>
        <translation>The storm window must end after it starts.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="530"/>
        <location filename="../snow_panel.py" line="543"/>
        <source>Snow coverage</source>
        <translation>Snow coverage</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="541"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="546"/>
        <source>Run #{id} finished in {s:.1f} s.</source>
        <translation>Run #{id} finished in {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="564"/>
        <location filename="../snow_panel.py" line="590"/>
        <source>Export the missed segments</source>
        <translation>Export the missed segments</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="565"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="575"/>
        <source>Road class</source>
        <translation>Road class</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>Target (h)</source>
        <translation>Target (h)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>First served</source>
        <translation>First served</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="576"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="577"/>
        <location filename="../snow_panel.py" line="593"/>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="577"/>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="577"/>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="592"/>
        <source>unploughed at {time}</source>
        <translation>unploughed at {time}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="594"/>
        <source>{n} segments ({what}) → {path}</source>
        <translation>{n} segments ({what}) → {path}</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="600"/>
        <source>Snow</source>
        <translation>Snow</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="601"/>
        <source>Service level per tier</source>
        <translation>Service level per tier</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="602"/>
        <source>Unploughed at the clock&apos;s time</source>
        <translation>Unploughed at the clock&apos;s time</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="603"/>
        <source>List the priority segments not yet served at the time bar&apos;s time (it follows the time bar) instead of those missed in the whole window</source>
        <translation>List the priority segments not yet served at the time bar&apos;s time (it follows the time bar) instead of those missed in the whole window</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="605"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="606"/>
        <source>The missed list as shown, as CSV (UTF-8, opens in Excel)</source>
        <translation>The missed list as shown, as CSV (UTF-8, opens in Excel)</translation>
    </message>
    <message>
        <location filename="../snow_panel.py" line="607"/>
        <source>Route tier of the missed and late lists</source>
        <translation>Route tier of the missed and late lists</translation>
    </message>
</context>
<context>
    <name>SnowSegmentsModel</name>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Length (m)</source>
        <translation>Length (m)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="390"/>
        <source>Target (h)</source>
        <translation>Target (h)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="391"/>
        <source>First served</source>
        <translation>First served</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="391"/>
        <source>Late (h)</source>
        <translation>Late (h)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="395"/>
        <source>Hours after the tier&apos;s target (counted from the storm&apos;s start) that the segment was first served</source>
        <translation>Hours after the tier&apos;s target (counted from the storm&apos;s start) that the segment was first served</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="398"/>
        <source>First pass with the blade down in the storm window (— never)</source>
        <translation>First pass with the blade down in the storm window (— never)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="316"/>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="409"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="414"/>
        <source>Road segment {id}; double-click to zoom to it</source>
        <translation>Road segment {id}; double-click to zoom to it</translation>
    </message>
</context>
<context>
    <name>SnowTableModel</name>
    <message>
        <location filename="../snow_models.py" line="321"/>
        <source>Tier {n}</source>
        <translation>Tier {n}</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="328"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="329"/>
        <source>MM-dd HH:mm</source>
        <translation>MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>StormWindowBar</name>
    <message>
        <location filename="../snow_window_bar.py" line="95"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="98"/>
        <source>Storm:</source>
        <translation>Storm:</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="99"/>
        <source>Start of the storm (Japan time): service targets count from here</source>
        <translation>Start of the storm (Japan time): service targets count from here</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="100"/>
        <source>End of the storm window (Japan time)</source>
        <translation>End of the storm window (Japan time)</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="101"/>
        <source>From the first to the last plough position</source>
        <translation>From the first to the last plough position</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="102"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="103"/>
        <source>Split the tracks into trips, find the segments each pass served and the service level per tier for this window; the time bar then replays it</source>
        <translation>Split the tracks into trips, find the segments each pass served and the service level per tier for this window; the time bar then replays it</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="106"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../snow_window_bar.py" line="107"/>
        <source>Play the storm window on the twin&apos;s clock from its start</source>
        <translation>Play the storm window on the twin&apos;s clock from its start</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>Colour by</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="229"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="230"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="231"/>
        <source>Class breaks</source>
        <translation>Class breaks</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="231"/>
        <source>Class edges</source>
        <translation>Class edges</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="231"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="232"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="235"/>
        <source>Single colour</source>
        <translation>Single colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="236"/>
        <source>Categories (by value)</source>
        <translation>Categories (by value)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="237"/>
        <source>Graduated (numeric classes)</source>
        <translation>Graduated (numeric classes)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="238"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="239"/>
        <source>Head/tail breaks</source>
        <translation>Head/tail breaks</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="240"/>
        <source>Quantiles (equal counts)</source>
        <translation>Quantiles (equal counts)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="241"/>
        <source>Equal intervals</source>
        <translation>Equal intervals</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="242"/>
        <source>Fixed class edges (e.g. MLIT flood depths)</source>
        <translation>Fixed class edges (e.g. MLIT flood depths)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="248"/>
        <source>{name} (reversed)</source>
        <translation>{name} (reversed)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="252"/>
        <source>Choose the colour</source>
        <translation>Choose the colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="253"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="254"/>
        <source>Layer settings</source>
        <translation>Layer settings</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="255"/>
        <source>Double-click a category to change its colour</source>
        <translation>Double-click a category to change its colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="256"/>
        <source>Many different numbers: colour by graduated classes instead</source>
        <translation>Many different numbers: colour by graduated classes instead</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="257"/>
        <source>Use classes</source>
        <translation>Use classes</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="258"/>
        <source>Select a layer in the Layers panel to change its colours, labels and legend.</source>
        <translation>Select a layer in the Layers panel to change its colours, labels and legend.</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="260"/>
        <source>Show this attribute as text at each feature in the 3D view; labels that would overlap are left out</source>
        <translation>Show this attribute as text at each feature in the 3D view; labels that would overlap are left out</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="262"/>
        <source>Numbers separated by commas, lowest first, e.g. 0, 0.5, 3, 5, inf (inf: an open last class)</source>
        <translation>Numbers separated by commas, lowest first, e.g. 0, 0.5, 3, 5, inf (inf: an open last class)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="275"/>
        <source>No layer selected</source>
        <translation>No layer selected</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="294"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="395"/>
        <source>This layer has no attribute to colour by.</source>
        <translation>This layer has no attribute to colour by.</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="415"/>
        <source>Layer colour</source>
        <translation>Layer colour</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="453"/>
        <source>Class edges must be numbers separated by commas, not “{word}”.</source>
        <translation>Class edges must be numbers separated by commas, not “{word}”.</translation>
    </message>
    <message>
        <location filename="../style_panel.py" line="482"/>
        <source>Colour for {value}</source>
        <translation>Colour for {value}</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../time_bar.py" line="212"/>
        <source>No layer has times yet.</source>
        <extracomment>step sizes offered (the clock&apos;s own step is added when it is none of these) the mean Gregorian year and month, for naming steps (:func:`calendar_units`)</extracomment>
        <translation>No layer has times yet.</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="213"/>
        <source>The layers&apos; times are empty.</source>
        <translation>The layers&apos; times are empty.</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="214"/>
        <source>The time bar moves layers that have a time attribute (reports, plough tracks, …) through time.</source>
        <translation>The time bar moves layers that have a time attribute (reports, plough tracks, …) through time.</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="240"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="326"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="326"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="341"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="350"/>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="350"/>
        <source>{n} years</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="353"/>
        <source>{n} months</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="354"/>
        <source>{n} week(s)</source>
        <translation>{n} week(s)</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="354"/>
        <source>{n} day(s)</source>
        <translation>{n} day(s)</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="355"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="355"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="358"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="361"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="363"/>
        <source>One step back</source>
        <translation>One step back</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="364"/>
        <source>One step forward</source>
        <translation>One step forward</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="365"/>
        <source>Step of the step buttons and of play</source>
        <translation>Step of the step buttons and of play</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="366"/>
        <source>Fit the range to the times of the layers</source>
        <translation>Fit the range to the times of the layers</translation>
    </message>
    <message>
        <location filename="../time_bar.py" line="367"/>
        <source>The twin&apos;s time (Japan time)</source>
        <translation>The twin&apos;s time (Japan time)</translation>
    </message>
</context>
<context>
    <name>VehicleSummaryModel</name>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Ploughed (km)</source>
        <translation>Ploughed (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="430"/>
        <source>Deadhead (km)</source>
        <translation>Deadhead (km)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="431"/>
        <source>Working (h)</source>
        <translation>Working (h)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="431"/>
        <source>Idle (h)</source>
        <translation>Idle (h)</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="431"/>
        <source>Segments served</source>
        <translation>Segments served</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="434"/>
        <source>Distance driven with the blade down</source>
        <translation>Distance driven with the blade down</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="435"/>
        <source>Distance driven with the blade up</source>
        <translation>Distance driven with the blade up</translation>
    </message>
    <message>
        <location filename="../snow_models.py" line="436"/>
        <source>Time standing within trips</source>
        <translation>Time standing within trips</translation>
    </message>
</context>
<context>
    <name>Viewport</name>
    <message>
        <location filename="../viewport.py" line="110"/>
        <source>Other layers</source>
        <translation>Other layers</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="110"/>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="111"/>
        <source>Other values</source>
        <translation>Other values</translation>
    </message>
    <message>
        <location filename="../viewport.py" line="111"/>
        <source>(at the centre of the view)</source>
        <translation>(at the centre of the view)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../window_actions.py" line="168"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="186"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="187"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="188"/>
        <source>Export &amp;selection</source>
        <translation>Export &amp;selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="190"/>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="191"/>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="192"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="193"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="196"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="196"/>
        <source>Create an empty project file</source>
        <translation>Create an empty project file</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="197"/>
        <source>Open a Kaga Twin project file (.duckdb)</source>
        <translation>Open a Kaga Twin project file (.duckdb)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="198"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="198"/>
        <source>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</source>
        <translation>Import PLATEAU CityGML (file, folder or zip) or a GeoTIFF DEM</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="199"/>
        <source>Open area from &amp;lake…</source>
        <translation>Open area from &amp;lake…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="199"/>
        <source>Copy a city or a box of a GeoParquet lake (kaga-twin lake build) into this project or a new one</source>
        <translation>Copy a city or a box of a GeoParquet lake (kaga-twin lake build) into this project or a new one</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="200"/>
        <source>Export s&amp;creenshot…</source>
        <translation>Export s&amp;creenshot…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="200"/>
        <source>Save the 3D view with its legend as an image</source>
        <translation>Save the 3D view with its legend as an image</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="201"/>
        <source>Export &amp;view (size, PDF layout)…</source>
        <translation>Export &amp;view (size, PDF layout)…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="202"/>
        <source>The view as a PNG at a chosen size, or an A4 map layout with legend, north arrow, scale, date and sources</source>
        <translation>The view as a PNG at a chosen size, or an A4 map layout with legend, north arrow, scale, date and sources</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="204"/>
        <source>As &amp;CSV…</source>
        <translation>As &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="204"/>
        <source>Selected features as a CSV table (opens in Excel)</source>
        <translation>Selected features as a CSV table (opens in Excel)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="205"/>
        <source>As &amp;GeoPackage…</source>
        <translation>As &amp;GeoPackage…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="205"/>
        <source>Selected features with their geometry, for QGIS</source>
        <translation>Selected features with their geometry, for QGIS</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="206"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="206"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="208"/>
        <source>Kaga Onsen Station</source>
        <translation>Kaga Onsen Station</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="208"/>
        <source>Look at the station area</source>
        <translation>Look at the station area</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="209"/>
        <source>Whole area</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="209"/>
        <source>Show everything in the project</source>
        <translation>Show everything in the project</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="210"/>
        <source>Top view (2D)</source>
        <translation>Top view (2D)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="210"/>
        <source>Straight down, north up, like a map</source>
        <translation>Straight down, north up, like a map</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="211"/>
        <source>Zoom to selection</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="211"/>
        <source>Frame the selected features</source>
        <translation>Frame the selected features</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="212"/>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="212"/>
        <source>Deselect everything (Esc in the 3D view)</source>
        <translation>Deselect everything (Esc in the 3D view)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="213"/>
        <source>Add default layers</source>
        <translation>Add default layers</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="213"/>
        <source>Add terrain, roads and buildings layers for data without a layer</source>
        <translation>Add terrain, roads and buildings layers for data without a layer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="214"/>
        <source>Add &amp;vector layer…</source>
        <translation>Add &amp;vector layer…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="214"/>
        <source>Points, lines or polygons from any table, view or SQL query with a geometry</source>
        <translation>Points, lines or polygons from any table, view or SQL query with a geometry</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="215"/>
        <source>Add &amp;raster overlay…</source>
        <translation>Add &amp;raster overlay…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="215"/>
        <source>A stored raster draped on the terrain, coloured by value</source>
        <translation>A stored raster draped on the terrain, coloured by value</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="216"/>
        <source>&amp;Run analysis…</source>
        <translation>&amp;Run analysis…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="216"/>
        <source>Run one of the themes&apos; analyses with the project&apos;s parameters (recorded; cancellable)</source>
        <translation>Run one of the themes&apos; analyses with the project&apos;s parameters (recorded; cancellable)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="217"/>
        <source>Legend in the 3D view</source>
        <translation>Legend in the 3D view</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="217"/>
        <source>Show the legend inside the 3D view and in screenshots</source>
        <translation>Show the legend inside the 3D view and in screenshots</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="218"/>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="218"/>
        <source>Measure distances, areas and heights on the 3D view (Ctrl+M)</source>
        <translation>Measure distances, areas and heights on the 3D view (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="219"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="219"/>
        <source>Find a building, road, repair case or segment by name or number (Ctrl+F)</source>
        <translation>Find a building, road, repair case or segment by name or number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="220"/>
        <source>&amp;About Kaga Twin</source>
        <translation>&amp;About Kaga Twin</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="221"/>
        <location filename="../window_actions.py" line="361"/>
        <source>Mouse and keys</source>
        <translation>Mouse and keys</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="228"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="246"/>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="247"/>
        <source>Kaga Twin project (*.duckdb);;All files (*)</source>
        <translation>Kaga Twin project (*.duckdb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="255"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="255"/>
        <location filename="../window_actions.py" line="272"/>
        <location filename="../window_actions.py" line="337"/>
        <source>Open or create a project first.</source>
        <translation>Open or create a project first.</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="272"/>
        <source>Add layer</source>
        <translation>Add layer</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="284"/>
        <source>Export screenshot</source>
        <translation>Export screenshot</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="285"/>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>PNG image (*.png);;JPEG image (*.jpg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="304"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="304"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="305"/>
        <location filename="../window_actions.py" line="313"/>
        <source>Export view</source>
        <translation>Export view</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="316"/>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="323"/>
        <location filename="../window_actions.py" line="327"/>
        <source>Export selection</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="324"/>
        <source>Nothing is selected. Select features in the 3D view or the attribute table first.</source>
        <translation>Nothing is selected. Select features in the 3D view or the attribute table first.</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="326"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="326"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="337"/>
        <source>Run analysis</source>
        <translation>Run analysis</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="353"/>
        <source>About Kaga Twin</source>
        <translation>About Kaga Twin</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="354"/>
        <source>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaga Twin {version}&lt;/h3&gt;&lt;p&gt;A desktop digital twin of Kaga City, Ishikawa: PLATEAU 3D city models, terrain and roads in one project file.&lt;/p&gt;&lt;p&gt;3D city model data: PLATEAU (MLIT), CC BY 4.0. The bundled sample is synthetic.&lt;/p&gt;&lt;p&gt;Project: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../window_actions.py" line="362"/>
        <source>Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom
Click: select a building or road and show it in Identify
Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle
Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view
Ctrl+F: search by name or number · Ctrl+M: measure (click points; double-click or Enter ends, Esc cancels)
Attribute table: type an SQL condition such as  usage = &apos;商業施設&apos;  and press Enter.</source>
        <translation>Left drag: rotate · Middle drag or Shift+right drag: pan · Wheel or right drag: zoom
Click: select a building or road and show it in Identify
Ctrl+click: add or remove a feature · Shift+drag: select everything in a rectangle
Esc: clear the selection · Ctrl+1 / 2 / 3: station, whole area, top view
Ctrl+F: search by name or number · Ctrl+M: measure (click points; double-click or Enter ends, Esc cancels)
Attribute table: type an SQL condition such as  usage = &apos;商業施設&apos;  and press Enter.</translation>
    </message>
</context>
</TS>
