-- The road-network theme: centre lines noded at junctions (twin/road_network.py), and the 国土数値情報 N10
-- emergency-transport road lines that mark segments with their class. Geometry in the project CRS.
CREATE SEQUENCE road_segment_id_seq START 1;
CREATE SEQUENCE road_node_id_seq START 1;
CREATE SEQUENCE emergency_road_id_seq START 1;

CREATE TABLE road_nodes (
    id         BIGINT PRIMARY KEY DEFAULT nextval('road_node_id_seq'),
    geom       GEOMETRY,               -- POINT
    degree     INTEGER NOT NULL,       -- segment ends meeting here (1 = dead end)
    source_id  INTEGER NOT NULL
);

CREATE TABLE road_segments (
    id               BIGINT PRIMARY KEY DEFAULT nextval('road_segment_id_seq'),
    from_node        BIGINT NOT NULL,  -- road_nodes.id
    to_node          BIGINT NOT NULL,  -- road_nodes.id
    length_m         DOUBLE NOT NULL,
    name             VARCHAR,
    road_class       VARCHAR,          -- e.g. OSM highway=*, or the source's class field
    width_m          DOUBLE,
    lanes            INTEGER,
    emergency_class  INTEGER,          -- 緊急輸送道路 class 1/2/3 matched from N10 lines, NULL if none
    geom             GEOMETRY,         -- LINESTRING
    source_id        INTEGER NOT NULL
);

CREATE TABLE emergency_roads (
    id               BIGINT PRIMARY KEY DEFAULT nextval('emergency_road_id_seq'),
    emergency_class  INTEGER,          -- N10_002
    road_type        VARCHAR,          -- N10_003
    route_name       VARCHAR,          -- N10_004, e.g. 国道8号
    pref_code        VARCHAR,          -- N10_001
    geom             GEOMETRY,         -- (MULTI)LINESTRING
    source_id        INTEGER NOT NULL
);
