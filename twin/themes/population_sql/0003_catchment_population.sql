-- Written by the analysis population-catchment (twin/catchments.py): the mesh population inside a catchment
-- (a circle around Kaga Onsen Station or a polygon file), each cell counted by the share of its area inside,
-- merged cells counted once (as in mesh_population_totals). One row per year and kind.
CREATE TABLE catchment_population (
    catchment      VARCHAR,            -- station-1500m, or the polygon file's name
    year           INTEGER,
    kind           VARCHAR,            -- census, projection
    total          DOUBLE,
    age_0_14       DOUBLE,
    age_15_64      DOUBLE,
    age_65_plus    DOUBLE,
    age_75_plus    DOUBLE,
    share_65_plus  DOUBLE,             -- age_65_plus / total
    cells          INTEGER             -- published cells at least partly inside
);
