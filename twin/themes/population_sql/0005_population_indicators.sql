-- The population analyses: age structure (replacing 0004's view: a cell a municipal boundary splits, published
-- once per municipality by MLIT, counts as the sum of its parts), residential floor area of the PLATEAU
-- buildings per mesh cell, and the tables of population-mesh, population-reconcile and population-catchment.

CREATE OR REPLACE VIEW mesh_population_ages AS
WITH b AS (
    SELECT mesh_code, year, kind, source_id, any_value(level) AS level, min(muni_code) AS muni_code,
           sum(value) FILTER (WHERE band = 'total') AS value,
           sum(value) FILTER (WHERE band = '0-14') AS age_0_14,
           sum(value) FILTER (WHERE band = '15-64') AS age_15_64,
           sum(value) FILTER (WHERE band = '65+') AS age_65_plus,
           sum(value) FILTER (WHERE band = '75+') AS age_75_plus
    FROM mesh_population
    WHERE merged_into IS NULL AND band IN ('total', '0-14', '15-64', '65+', '75+')
    GROUP BY mesh_code, year, kind, source_id)
SELECT mesh_code, level, year, kind, value, age_0_14, age_15_64, age_65_plus, age_75_plus,
       age_65_plus / nullif(value, 0) AS share_65_plus,
       age_75_plus / nullif(value, 0) AS share_75_plus,
       value / nullif(max(value) FILTER (WHERE year = 2020) OVER (PARTITION BY mesh_code, kind, source_id), 0) - 1
           AS change_vs_2020,
       muni_code, source_id,
       age_0_14 / nullif(value, 0) AS share_0_14,
       age_15_64 / nullif(value, 0) AS share_15_64
FROM b WHERE value IS NOT NULL;

-- Residential buildings (PLATEAU usage 411 住宅, 412 共同住宅, 413 店舗等併用住宅, 414 店舗等併用共同住宅,
-- 415 作業所併用住宅) with their floor area: the published total floor area (uro:totalFloorArea) when there is one;
-- else footprint area × storeys above ground; else footprint area × max(1, round(measured height / 3 m));
-- else the footprint area (one storey). floor_area_basis says which. pt: a point on the footprint, which
-- decides the cell and the catchment a building counts in (a building is never split).
CREATE OR REPLACE VIEW residential_buildings AS
SELECT id, gml_id, usage_code,
       CASE WHEN total_floor_area > 0 THEN total_floor_area
            WHEN storeys_above > 0 THEN ST_Area(footprint) * storeys_above
            WHEN measured_height > 0 THEN ST_Area(footprint) * greatest(1, round(measured_height / 3.0))
            ELSE ST_Area(footprint) END AS floor_area_m2,
       CASE WHEN total_floor_area > 0 THEN 'total_floor_area'
            WHEN storeys_above > 0 THEN 'footprint_x_storeys'
            WHEN measured_height > 0 THEN 'footprint_x_height_3m'
            ELSE 'footprint' END AS floor_area_basis,
       ST_PointOnSurface(footprint) AS pt, source_id
FROM buildings
WHERE footprint IS NOT NULL AND NOT ST_IsEmpty(footprint)
  AND (usage_code IN ('411', '412', '413', '414', '415')
       OR usage IN ('住宅', '共同住宅', '店舗等併用住宅', '店舗等併用共同住宅', '作業所併用住宅'));

-- Each residential building in the one cell of each mesh level that holds its point (a point on a shared edge
-- goes to the cell to the north or east, as JIS X 0410 assigns points: the larger code).
CREATE OR REPLACE VIEW mesh_residential_buildings AS
SELECT b.id, b.floor_area_m2, b.floor_area_basis, b.pt, c.mesh_code, c.level
FROM residential_buildings b JOIN mesh_cells c ON ST_Intersects(c.geom, b.pt)
QUALIFY row_number() OVER (PARTITION BY b.id, c.level ORDER BY c.mesh_code DESC) = 1;

-- Written by population-mesh (twin/population_indicators.py): per mesh cell, year and kind the age structure of
-- mesh_population_ages and the residential floor area per resident, a vacancy-pressure INDICATOR (today's
-- building stock over the people of each year), not a forecast of vacancies.
CREATE TABLE mesh_population_indicators (
    id                          BIGINT,       -- the row of population_columns with the same mesh, year, kind, source
    mesh_code                   VARCHAR,
    level                       INTEGER,
    year                        INTEGER,
    kind                        VARCHAR,
    total                       DOUBLE,
    age_0_14                    DOUBLE,
    age_15_64                   DOUBLE,
    age_65_plus                 DOUBLE,
    age_75_plus                 DOUBLE,
    share_0_14                  DOUBLE,       -- fractions 0..1 of total
    share_15_64                 DOUBLE,
    share_65_plus               DOUBLE,
    share_75_plus               DOUBLE,
    change_vs_2020              DOUBLE,       -- total / total in 2020 - 1
    residential_buildings       INTEGER,      -- PLATEAU residential buildings in the cell (0: none imported)
    residential_floor_area_m2   DOUBLE,       -- their floor area (NULL when none)
    floor_area_per_resident     DOUBLE,       -- m² per person (NULL without floor area or people)
    muni_code                   VARCHAR,
    source_id                   INTEGER,
    geom                        GEOMETRY
);

-- Written by population-reconcile (twin/population_reconcile.py): a municipality's mesh cells (sum of totals,
-- merged cells counted once) against its IPSS total, per year.
CREATE TABLE population_reconciliation (
    muni_code         VARCHAR,
    muni_name         VARCHAR,
    year              INTEGER,
    kind              VARCHAR,        -- of the mesh series (projection, census)
    level             INTEGER,        -- of the mesh cells
    source_id         INTEGER,        -- of the mesh series (two editions of a projection are never added up)
    mesh_total        DOUBLE,         -- NULL: no mesh value for that year
    cells             INTEGER,
    suppressed_cells  INTEGER,
    ipss_total        DOUBLE,         -- NULL: no IPSS value for that year
    ipss_basis        VARCHAR,        -- total (総数 row), male+female, age groups (sum of the 5-year groups)
    difference        DOUBLE,         -- mesh_total - ipss_total (persons)
    difference_pct    DOUBLE          -- difference / ipss_total × 100
);

ALTER TABLE catchment_population ADD COLUMN method VARCHAR;          -- area, floor-area
ALTER TABLE catchment_population ADD COLUMN fallback_cells INTEGER;  -- floor-area: cells apportioned by area
