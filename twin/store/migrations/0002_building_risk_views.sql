-- Flood and risk summaries per building, as columns SQL users, the attribute table, filters and exports can use.
-- max_flood_depth: deepest depth_m over the flood-type risk records (river, inland, reservoir, tsunami, high tide);
-- risk_count: number of disaster-risk records of any type (landslide included).

CREATE VIEW building_risk_summary AS
SELECT gml_id, source_id,
       max(depth_m) FILTER (WHERE risk_type IN ('river_flood', 'inland_flood', 'reservoir_flood', 'tsunami',
                                                'high_tide')) AS max_flood_depth,
       count(*) AS risk_count
FROM building_risks
GROUP BY gml_id, source_id;

CREATE VIEW buildings_with_risks AS
SELECT b.*, r.max_flood_depth, coalesce(r.risk_count, 0) AS risk_count
FROM buildings b
LEFT JOIN building_risk_summary r ON r.gml_id = b.gml_id AND r.source_id = b.source_id;
