-- Road segments with their repair sums, for the map layer "segments by priority" (only segments with cases).
CREATE VIEW repair_segment_map AS
SELECT s.id, s.name, s.road_class, s.width_m, s.emergency_class, r.open_cases, r.worst_class, r.priority_sum,
       s.geom
FROM repair_segments r JOIN road_segments s ON s.id = r.segment_id;
