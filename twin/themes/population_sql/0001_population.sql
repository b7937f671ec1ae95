-- The population theme: every mesh series in one long table (e-Stat census mesh statistics, MLIT 500 m mesh
-- future population), the e-Stat column codes, the IPSS municipal projections, and the cells of the imported
-- meshes as polygons in the project CRS (for the 3D columns).
CREATE TABLE mesh_population (
    mesh_code    VARCHAR NOT NULL,     -- JIS X 0410 code (9 digits = ½ mesh, 500 m)
    level        INTEGER NOT NULL,     -- twin.meshcode level (3 = 1 km, 4 = ½, 5 = ¼ …)
    year         INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,     -- 'census' (e-Stat) or 'projection' (MLIT)
    band         VARCHAR NOT NULL,     -- total, male, female, 0-14, 15-64, 65+, 75+, 0-4 … 90+, 0-14_male …
    value        DOUBLE,               -- as published; NULL = suppressed (e-Stat '*')
    merged_into  VARCHAR,              -- e-Stat HTKSYORI 2: the cell (HTKSAKI) whose values include this one
    merged_from  VARCHAR,              -- e-Stat HTKSYORI 1: the cells (GASSAN, ';'-separated) merged into this one
    muni_code    VARCHAR,              -- MLIT SHICODE (5 digits), NULL when the source has none
    source_id    INTEGER NOT NULL
);

-- e-Stat column codes (T001101001 …) → band and the published label; filled by the e-Stat importer.
CREATE TABLE mesh_population_codes (
    code   VARCHAR PRIMARY KEY,
    band   VARCHAR NOT NULL,
    label  VARCHAR
);

CREATE TABLE municipal_projection (
    muni_code   VARCHAR NOT NULL,      -- JIS X 0402, 5 digits (Kaga = 17206)
    muni_name   VARCHAR,
    year        INTEGER NOT NULL,
    sex         VARCHAR NOT NULL,      -- total, male, female
    age_group   VARCHAR NOT NULL,      -- total, 0-4 … 90+
    population  DOUBLE NOT NULL,
    source_id   INTEGER NOT NULL
);

-- The cell of each imported mesh code (one row per code and source), polygon in the project CRS.
CREATE TABLE population_mesh_cells (
    mesh_code  VARCHAR NOT NULL,
    level      INTEGER NOT NULL,
    geom       GEOMETRY,               -- POLYGON
    source_id  INTEGER NOT NULL
);

-- One polygon per mesh code, whichever source brought it.
CREATE VIEW mesh_cells AS
SELECT mesh_code, any_value(level) AS level, any_value(geom) AS geom
FROM population_mesh_cells GROUP BY mesh_code;

-- Totals over cells without double counting: a cell merged into another (merged_into set) is left out, since
-- the cell it was merged into publishes the combined value. Suppressed values (NULL) are counted in
-- suppressed_cells.
CREATE VIEW mesh_population_totals AS
SELECT year, kind, band, level, muni_code, sum(value) AS value, count(value) AS cells,
       count(*) FILTER (WHERE value IS NULL) AS suppressed_cells
FROM mesh_population WHERE merged_into IS NULL
GROUP BY year, kind, band, level, muni_code;
