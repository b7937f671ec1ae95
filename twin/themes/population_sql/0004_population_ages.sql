-- Age structure per mesh and year, shared by the population layer (population_columns) and the analysis
-- population-mesh (twin/population_indicators.py): one row per mesh, year, kind and source with the total and
-- the 0-14 / 15-64 / 65+ / 75+ counts, the 65+ and 75+ shares (fractions 0..1) and the change against 2020
-- (value / the 2020 value of the same mesh, kind and source - 1; NULL when that series has no 2020 value or it
-- is 0). Cells merged into another (merged_into set) are left out as in mesh_population_totals; rows whose
-- total is suppressed (NULL) are left out; a suppressed band is NULL and so is its share.
CREATE OR REPLACE VIEW mesh_population_ages AS
WITH b AS (
    SELECT mesh_code, year, kind, source_id, any_value(level) AS level, any_value(muni_code) AS muni_code,
           max(value) FILTER (WHERE band = 'total') AS value,
           max(value) FILTER (WHERE band = '0-14') AS age_0_14,
           max(value) FILTER (WHERE band = '15-64') AS age_15_64,
           max(value) FILTER (WHERE band = '65+') AS age_65_plus,
           max(value) FILTER (WHERE band = '75+') AS age_75_plus
    FROM mesh_population
    WHERE merged_into IS NULL AND band IN ('total', '0-14', '15-64', '65+', '75+')
    GROUP BY mesh_code, year, kind, source_id)
SELECT mesh_code, level, year, kind, value, age_0_14, age_15_64, age_65_plus, age_75_plus,
       age_65_plus / nullif(value, 0) AS share_65_plus,
       age_75_plus / nullif(value, 0) AS share_75_plus,
       value / nullif(max(value) FILTER (WHERE year = 2020) OVER (PARTITION BY mesh_code, kind, source_id), 0) - 1
           AS change_vs_2020,
       muni_code, source_id
FROM b WHERE value IS NOT NULL;

-- What the population layer draws (replaces 0002's view, same ids and first columns): one cell per mesh and
-- year standing as a column of height_m = population / 2 metres, with the age structure of mesh_population_ages
-- for colouring by the ageing share or the change.
CREATE OR REPLACE VIEW population_columns AS
SELECT row_number() OVER (ORDER BY a.mesh_code, a.year, a.kind, a.source_id) AS id,
       a.mesh_code, a.level, a.year, a.kind, a.value, a.value / 2.0 AS height_m, a.muni_code, a.source_id, c.geom,
       a.age_0_14, a.age_15_64, a.age_65_plus, a.age_75_plus, a.share_65_plus, a.share_75_plus, a.change_vs_2020
FROM mesh_population_ages a JOIN mesh_cells c ON c.mesh_code = a.mesh_code;
