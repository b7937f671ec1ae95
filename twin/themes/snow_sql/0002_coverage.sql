-- Route tiers, trips, passes and coverage of the snow theme (analysis snow-coverage, twin/snow_*.py).

-- Route tiers as a file gives them (a feature table, replaced on re-import): lines (or road segment ids) with
-- their tier and, when the file says, the target in hours.
CREATE SEQUENCE route_tier_line_id_seq START 1;
CREATE TABLE route_tier_lines (
    id           BIGINT PRIMARY KEY DEFAULT nextval('route_tier_line_id_seq'),
    tier         INTEGER NOT NULL,
    target_h     DOUBLE,              -- NULL: the analysis' default for the tier
    name         VARCHAR,             -- route name
    segment_id   BIGINT,              -- when the file names road segments instead of drawing lines
    geom         GEOMETRY,            -- LINESTRING / MULTILINESTRING in the project CRS
    source_id    INTEGER NOT NULL
);

-- The tier of every road segment, written by the analysis: from route_tier_lines where a line runs along the
-- segment (origin 'file'), else by rule from road class and emergency class (origin 'rule').
CREATE TABLE route_tiers (
    segment_id   BIGINT PRIMARY KEY,  -- road_segments.id
    tier         INTEGER NOT NULL,    -- 1 (重点除雪路線 / 第1次) … 3
    target_h     DOUBLE NOT NULL,     -- service target in hours after the storm's start
    origin       VARCHAR NOT NULL     -- 'file' or 'rule'
);

-- One row per trip: a vehicle's fixes split at time gaps (plough_points.trip_id names it).
CREATE TABLE plough_trips (
    trip_id       BIGINT PRIMARY KEY,
    vehicle_id    VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ,
    ended_at      TIMESTAMPTZ,
    points        INTEGER,
    km            DOUBLE,             -- along the fixes
    km_blade_down DOUBLE,             -- of which with the blade down (flag, or the speed-band rule without one)
    blade_rule    VARCHAR,            -- 'flag' or 'speed' (how blade-down was decided)
    geom          GEOMETRY            -- LINESTRING of the (thinned) fixes
);

-- One row per pass: a blade-down stretch of a trip that runs along a segment for at least the share of its
-- length the analysis asks for, within its buffer. served_at: when the pass left the segment.
CREATE TABLE snow_passes (
    segment_id    BIGINT NOT NULL,
    trip_id       BIGINT NOT NULL,
    vehicle_id    VARCHAR NOT NULL,
    entered_at    TIMESTAMPTZ,
    served_at     TIMESTAMPTZ NOT NULL,
    share         DOUBLE              -- covered share of the segment's length, 0 … 1
);

-- Per segment over the analysis window.
CREATE TABLE snow_segment_coverage (
    segment_id    BIGINT PRIMARY KEY,
    tier          INTEGER,
    target_h      DOUBLE,
    length_m      DOUBLE,
    passes        INTEGER NOT NULL,
    first_served  TIMESTAMPTZ,
    last_served   TIMESTAMPTZ,
    within_target BOOLEAN,            -- first served within target_h of the window's start
    state         VARCHAR             -- 'served', 'late', 'missed'
);

-- Per tier over the analysis window (the service level).
CREATE TABLE snow_service_levels (
    tier                     INTEGER PRIMARY KEY,
    target_h                 DOUBLE,
    segments                 INTEGER,
    length_km                DOUBLE,
    served_km                DOUBLE,
    served_within_target_km  DOUBLE,
    served_within_target_pct DOUBLE
);

-- Per vehicle over the analysis window.
CREATE TABLE snow_vehicle_summary (
    vehicle_id       VARCHAR PRIMARY KEY,
    trips            INTEGER,
    km_ploughed      DOUBLE,          -- blade down
    km_deadhead      DOUBLE,          -- blade up
    working_h        DOUBLE,          -- moving
    idle_h           DOUBLE,          -- within trips, standing
    segments_served  INTEGER
);
