-- The road-damage theme: citizen reports (Open311, FixMyStreet, municipal CSV), AI detections and patrol finds,
-- one row per report. Geometry in the project CRS. segment_id … flagged are filled by map-matching (later).
CREATE SEQUENCE road_report_id_seq START 1;

CREATE TABLE road_reports (
    id            BIGINT PRIMARY KEY DEFAULT nextval('road_report_id_seq'),
    external_id   VARCHAR,          -- the source's id (service_request_id, Report ID, 受付番号 …)
    kind          VARCHAR NOT NULL, -- citizen / ai / patrol
    received_at   TIMESTAMPTZ,      -- posted / requested / detected
    updated_at    TIMESTAMPTZ,
    status        VARCHAR,          -- 受付済 / 対応中 / 対応済
    status_raw    VARCHAR,          -- the source's own status text
    category      VARCHAR,          -- service_name, Category, 分野
    description   VARCHAR,
    damage_class  VARCHAR,          -- RDD class D00 … D50
    size          DOUBLE,           -- pothole diameter or crack length (m)
    confidence    DOUBLE,           -- AI detection confidence 0 … 1
    photo         VARCHAR,          -- media_url, 写真
    lat           DOUBLE,
    lon           DOUBLE,
    geom          GEOMETRY,         -- POINT
    segment_id    BIGINT,           -- road_segments.id (map-matching, later)
    distance_m    DOUBLE,           -- distance to that segment
    case_id       BIGINT,           -- repair case the report belongs to (later)
    flagged       BOOLEAN NOT NULL DEFAULT false,
    notes         VARCHAR,          -- JSON text: Open311 notes[] and the source's other fields
    source_id     INTEGER NOT NULL
);
