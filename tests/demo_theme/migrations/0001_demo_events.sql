-- The demo theme's tables: field observations with a time, and notes about them.
CREATE SEQUENCE demo_event_id_seq START 1;
CREATE TABLE demo_events (
    id           BIGINT DEFAULT nextval('demo_event_id_seq'),
    name         VARCHAR,
    severity     DOUBLE,
    observed_at  TIMESTAMPTZ,
    geom         GEOMETRY,
    source_id    INTEGER NOT NULL
);
CREATE TABLE demo_event_notes (
    event_name  VARCHAR NOT NULL,
    note        VARCHAR NOT NULL,
    source_id   INTEGER NOT NULL
);
