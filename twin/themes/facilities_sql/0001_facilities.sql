-- The facilities theme: stations, schools, hospitals and evacuation centres (国土数値情報 P29 / P04 / P20, or
-- a generic GeoJSON / GeoPackage / CSV), one point each. Geometry in the project CRS; lat / lon (JGD2011 /
-- WGS84 degrees) of the same point. The repair-priority analysis reads name, kind and geom.
CREATE SEQUENCE facility_id_seq START 1;

CREATE TABLE facilities (
    id          BIGINT PRIMARY KEY DEFAULT nextval('facility_id_seq'),
    name        VARCHAR,
    kind        VARCHAR NOT NULL,  -- station / school / hospital / evacuation / other
    address     VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    geom        GEOMETRY,          -- POINT (a polygon's or line's centroid when the source is not a point)
    attributes  VARCHAR,           -- JSON text: the source's other fields (codes, capacity, …)
    source_id   INTEGER NOT NULL
);
