-- The scenarios theme: named sets of edits over the base twin. The base `buildings` table is never modified;
-- a scenario is the base seen through its active edits (twin.scenarios.scenario_buildings).
CREATE SEQUENCE scenario_id_seq START 1;
CREATE SEQUENCE scenario_edit_id_seq START 1;

CREATE TABLE scenarios (
    id           INTEGER PRIMARY KEY DEFAULT nextval('scenario_id_seq'),
    name         VARCHAR UNIQUE NOT NULL,
    description  VARCHAR,
    author       VARCHAR,
    created_at   TIMESTAMP
);

-- Named dates of a scenario (e.g. 第1期 2028-04-01); an edit's phase_date says from when it stands.
CREATE TABLE scenario_phases (
    scenario_id  INTEGER NOT NULL,
    name         VARCHAR NOT NULL,
    date         DATE NOT NULL
);

-- One row per edit command, in order (seq within the scenario). active = false: undone (redo brings it back;
-- a new edit after an undo deletes the undone ones).
CREATE TABLE scenario_edits (
    id             BIGINT NOT NULL DEFAULT nextval('scenario_edit_id_seq'),
    scenario_id    INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    op             VARCHAR NOT NULL,     -- add | change | remove
    target_gml_id  VARCHAR,              -- change/remove: buildings.gml_id
    new_id         VARCHAR,              -- add: 'scn-<scenario id>-<edit id>'
    footprint      GEOMETRY,             -- add: polygon in the project CRS
    ground_z       DOUBLE,               -- add: ground height (DEM at the centroid, else nearest building, else 0)
    height_m       DOUBLE,
    storeys        INTEGER,
    usage_code     VARCHAR,
    usage          VARCHAR,
    floor_area_m2  DOUBLE,
    units          INTEGER,
    phase_date     DATE,                 -- NULL = from the start
    author         VARCHAR,
    "at"           TIMESTAMP,            -- quoted: AT is a keyword in DuckDB
    active         BOOLEAN NOT NULL DEFAULT true
);
