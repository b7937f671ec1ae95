-- The snow theme: plough / AVL fixes from every feed (GPX, AVL CSV, vendor GeoJSON, plough-tracker snapshots),
-- one row per fix after cleaning (duplicates, impossible jumps and points outside the project area are dropped
-- into import_rejects). Geometry in the project CRS. trip_id is filled by trip splitting (later).
CREATE SEQUENCE plough_point_id_seq START 1;

CREATE TABLE plough_points (
    id            BIGINT PRIMARY KEY DEFAULT nextval('plough_point_id_seq'),
    vehicle_id    VARCHAR NOT NULL,  -- the feed's vehicle (assetName, alt_vehicle, GPX name, …)
    vehicle_type  VARCHAR,           -- assetType and the like, when the feed says
    time          TIMESTAMPTZ NOT NULL,
    geom          GEOMETRY,          -- POINT
    speed         DOUBLE,            -- km/h (the feed's, else from the previous kept fix)
    heading       DOUBLE,            -- degrees clockwise from north
    blade_down    BOOLEAN,           -- plough blade down; NULL when the feed has no flag
    material      VARCHAR,           -- what is spread (SALT, GRAVEL, …) or the implement state as given
    trip_id       BIGINT,            -- trip splitting (later)
    source_id     INTEGER NOT NULL
);
