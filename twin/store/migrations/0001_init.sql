-- Kaga Twin project schema, version 1.
-- Geometry is stored in the project CRS (project_meta.crs, default EPSG:6675); z is T.P. height in metres.
-- Every feature table carries source_id so that re-importing a source replaces exactly its rows.

CREATE TABLE project_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE SEQUENCE source_id_seq START 1;
CREATE TABLE sources (
    id               INTEGER PRIMARY KEY DEFAULT nextval('source_id_seq'),
    path             VARCHAR NOT NULL,          -- absolute path of what the user imported (file, folder or zip)
    sha256           VARCHAR NOT NULL,          -- of the file, or of the sorted (name, sha256) list of a folder
    bytes            BIGINT,
    importer         VARCHAR NOT NULL,          -- registry name, e.g. 'plateau-citygml'
    importer_version VARCHAR NOT NULL,
    imported_at      TIMESTAMP NOT NULL,
    options          JSON,                      -- importer options used, e.g. {"assume_uro": "3.2"}
    feature_counts   JSON,                      -- {"buildings": 3120, "building_surfaces": 41000, ...}
    warnings         JSON,                      -- list of strings
    skipped          JSON                       -- list of {"item": ..., "reason": ...}
);

-- PLATEAU buildings: one row per bldg:Building (BuildingParts are folded into their building).
CREATE SEQUENCE building_id_seq START 1;
CREATE TABLE buildings (
    id                     BIGINT DEFAULT nextval('building_id_seq'),  -- feature_id for picking and selection
    gml_id                 VARCHAR NOT NULL,
    building_id            VARCHAR,            -- uro:buildingID, or gen:stringAttribute 建物ID in i-UR 1.4
    name                   VARCHAR,
    class_code             VARCHAR,
    class                  VARCHAR,
    usage_code             VARCHAR,
    usage                  VARCHAR,
    measured_height        DOUBLE,
    storeys_above          INTEGER,
    storeys_below          INTEGER,
    year_built             INTEGER,
    total_floor_area       DOUBLE,
    structure_type_code    VARCHAR,
    structure_type         VARCHAR,
    lod1_height_type_code  VARCHAR,
    lod1_height_type       VARCHAR,
    lod                    TINYINT,            -- highest LOD present (0, 1 or 2)
    ground_z               DOUBLE,             -- lowest z of the LOD1/LOD2 geometry, T.P. m
    lod1_top_z             DOUBLE,             -- roof z of the LOD1 solid, T.P. m
    footprint              GEOMETRY,           -- 2D polygon/multipolygon, project CRS
    mesh_code              VARCHAR,
    uro_version            VARCHAR,
    attributes             JSON,               -- every other attribute: details, key-value pairs, address, quality
    source_file            VARCHAR,            -- file (or zip member) the feature came from
    source_id              INTEGER NOT NULL
);

-- 3D polygons of LOD1 solids and LOD2 boundary surfaces; one row per polygon.
CREATE TABLE building_surfaces (
    gml_id          VARCHAR NOT NULL,          -- of the bldg:Building
    part_gml_id     VARCHAR,                   -- of the bldg:BuildingPart, NULL for the building itself
    surface_gml_id  VARCHAR,                   -- of the gml:Polygon (for appearances later)
    surface_type    VARCHAR NOT NULL,          -- RoofSurface, WallSurface, GroundSurface, OuterCeilingSurface, ...
    lod             TINYINT NOT NULL,
    geom            GEOMETRY NOT NULL,         -- POLYGON Z, project CRS
    source_id       INTEGER NOT NULL
);

-- Disaster-risk records, 0..n per building.
CREATE TABLE building_risks (
    gml_id            VARCHAR NOT NULL,
    part_gml_id       VARCHAR,                 -- the bldg:BuildingPart carrying the record, NULL for the building
    risk_type         VARCHAR NOT NULL,        -- river_flood, inland_flood, reservoir_flood, tsunami, high_tide, landslide
    description_code  VARCHAR,
    description       VARCHAR,                 -- label (river / map name)
    rank_code         VARCHAR,
    rank              VARCHAR,                 -- label
    depth_m           DOUBLE,
    duration_h        DOUBLE,
    scale_code        VARCHAR,
    scale             VARCHAR,                 -- L1 / L2
    admin_type_code   VARCHAR,
    admin_type        VARCHAR,
    area_type_code    VARCHAR,                 -- landslide
    area_type         VARCHAR,
    attributes        JSON,                    -- the record's other values (e.g. rankOrg)
    source_id         INTEGER NOT NULL
);

-- PLATEAU roads (tran:Road).
CREATE SEQUENCE road_id_seq START 1;
CREATE TABLE roads (
    id                 BIGINT DEFAULT nextval('road_id_seq'),
    gml_id             VARCHAR NOT NULL,
    name               VARCHAR,
    class_code         VARCHAR,
    class              VARCHAR,
    function_code      VARCHAR,
    function           VARCHAR,
    usage_code         VARCHAR,
    usage              VARCHAR,
    width              DOUBLE,
    width_type_code    VARCHAR,
    width_type         VARCHAR,
    lanes              INTEGER,
    section_type_code  VARCHAR,
    section_type       VARCHAR,
    lod                TINYINT,
    geom               GEOMETRY,               -- lod1MultiSurface as MULTIPOLYGON Z, project CRS
    mesh_code          VARCHAR,
    uro_version        VARCHAR,
    attributes         JSON,
    source_file        VARCHAR,
    source_id          INTEGER NOT NULL
);

-- tran:TrafficArea / AuxiliaryTrafficArea surfaces (LOD2/3).
CREATE TABLE road_surfaces (
    gml_id         VARCHAR NOT NULL,           -- of the tran:Road
    surface_gml_id VARCHAR,
    surface_type   VARCHAR NOT NULL,           -- TrafficArea, AuxiliaryTrafficArea
    function_code  VARCHAR,
    function       VARCHAR,
    lod            TINYINT NOT NULL,
    geom           GEOMETRY NOT NULL,          -- MULTIPOLYGON Z, project CRS
    source_id      INTEGER NOT NULL
);

-- Rasters (DEMs and overlays) stored inside the project: one row per raster, pixels as a compressed blob.
CREATE SEQUENCE raster_id_seq START 1;
CREATE TABLE rasters (
    id          INTEGER DEFAULT nextval('raster_id_seq'),
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,              -- 'dem' or 'overlay'
    crs         VARCHAR NOT NULL,              -- of the stored grid (the project CRS)
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    bands       INTEGER NOT NULL,
    dtype       VARCHAR NOT NULL,
    transform   DOUBLE[] NOT NULL,             -- affine a, b, c, d, e, f (rasterio order)
    nodata      DOUBLE,
    data        BLOB NOT NULL,                 -- zlib-compressed C-order array (bands, height, width)
    extent      GEOMETRY,                      -- outline polygon, project CRS
    source_id   INTEGER NOT NULL
);

-- Application state kept in the project (layers, styles, camera), like QGIS keeps it in the project file.
CREATE TABLE app_state (
    key    VARCHAR PRIMARY KEY,
    value  JSON
);
