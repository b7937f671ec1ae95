-- Repair cases and their per-segment sums, written by the analysis repair-priority (twin/repairs.py): reports on
-- one segment close in place and time are one case; priority is the sum of the parts in `parts` (JSON text).
CREATE TABLE repair_cases (
    case_id         BIGINT PRIMARY KEY,
    segment_id      BIGINT,           -- road_segments.id
    status          VARCHAR,          -- least advanced status of its reports: 受付済 / 対応中 / 対応済
    report_count    INTEGER,
    first_reported  TIMESTAMPTZ,
    last_reported   TIMESTAMPTZ,
    worst_class     VARCHAR,          -- RDD class with the highest severity score
    priority        DOUBLE,
    parts           VARCHAR,          -- JSON: {part: contribution}, adding up to priority
    geom            GEOMETRY,         -- POINT: mean of the reports' points
    photos          VARCHAR           -- JSON list of the reports' photos
);

CREATE TABLE repair_segments (
    segment_id      BIGINT PRIMARY KEY,
    open_cases      INTEGER,          -- cases not 対応済
    worst_class     VARCHAR,          -- worst class among the open cases
    priority_sum    DOUBLE
);
