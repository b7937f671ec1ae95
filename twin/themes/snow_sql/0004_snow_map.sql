-- The snow coverage map (layer kind snow_coverage, twin/themes/snow_layers.py): every road segment with a route
-- tier, its tier and target, and the coverage the last snow-coverage run measured over its window. The colour at
-- the clock's time is not here: the layer's time ('since') reads snow_passes.served_at per segment.
CREATE VIEW snow_segment_map AS
SELECT s.id, s.name, s.road_class, s.length_m, t.tier, t.target_h, t.origin AS tier_origin,
       c.passes, c.first_served, c.last_served, c.within_target, c.state, s.geom
FROM road_segments s
JOIN route_tiers t ON t.segment_id = s.id
LEFT JOIN snow_segment_coverage c ON c.segment_id = s.id;
