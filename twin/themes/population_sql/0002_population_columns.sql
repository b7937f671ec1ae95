-- What the population layer draws: one cell per mesh and year (the total, cells merged into another left out,
-- suppressed values left out), standing as a column of height_m = population / 2 metres.
CREATE VIEW population_columns AS
SELECT row_number() OVER (ORDER BY p.mesh_code, p.year, p.kind, p.source_id) AS id,
       p.mesh_code, p.level, p.year, p.kind, p.value, p.value / 2.0 AS height_m, p.muni_code, p.source_id, c.geom
FROM mesh_population p JOIN mesh_cells c ON c.mesh_code = p.mesh_code
WHERE p.band = 'total' AND p.merged_into IS NULL AND p.value IS NOT NULL;
