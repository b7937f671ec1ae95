-- The zoning theme: 用途地域 (国土数値情報 A29, or any polygons with its fields), one row per zone polygon.
-- Geometry in the project CRS. coverage_pct / far_pct are the zone's designated limits (建蔽率 A29_006,
-- 容積率 A29_007) in percent; the scenario checks (twin/zoning_check.py) read them.
CREATE SEQUENCE zoning_id_seq START 1;

CREATE TABLE zoning (
    id            BIGINT PRIMARY KEY DEFAULT nextval('zoning_id_seq'),
    zone_code     VARCHAR,           -- A29_004: 1 第一種低層住居専用地域 … 12 工業専用地域, 21 田園住居地域
    zone_name     VARCHAR,           -- A29_005
    coverage_pct  DOUBLE,            -- A29_006 building coverage limit (建蔽率), %
    far_pct       DOUBLE,            -- A29_007 floor-area ratio limit (容積率), %
    city_code     VARCHAR,           -- A29_001 (e.g. 17206)
    city_name     VARCHAR,           -- A29_003
    attributes    VARCHAR,           -- JSON text: the source's other fields
    geom          GEOMETRY,          -- POLYGON / MULTIPOLYGON
    source_id     INTEGER NOT NULL
);
