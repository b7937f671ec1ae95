-- The population layer draws one column per mesh and year: where a year has both a census value and a
-- projection (the 2020 census imported beside an MLIT projection that starts in 2020), the projection is drawn,
-- so the columns of every year come from one series and 2020 is not drawn twice. Same columns as 0004's view.
CREATE OR REPLACE VIEW population_columns AS
SELECT row_number() OVER (ORDER BY a.mesh_code, a.year, a.kind, a.source_id) AS id,
       a.mesh_code, a.level, a.year, a.kind, a.value, a.value / 2.0 AS height_m, a.muni_code, a.source_id, c.geom,
       a.age_0_14, a.age_15_64, a.age_65_plus, a.age_75_plus, a.share_65_plus, a.share_75_plus, a.change_vs_2020
FROM (SELECT * FROM mesh_population_ages
      QUALIFY dense_rank() OVER (PARTITION BY mesh_code, year ORDER BY kind = 'projection' DESC) = 1) a
JOIN mesh_cells c ON c.mesh_code = a.mesh_code;
