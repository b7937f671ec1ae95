-- Statuses the crew sets in Kaga Twin, work packages, and pavement surveys (MCI).
--
-- road_reports.report_key identifies a report across exports: '<kind>:<external_id>', or for a row without an
-- external id '<kind>@<received_at>@<lat>,<lon>@<class>'. A re-import of a newer export updates the reports with
-- the same key in place (same id), and the crew's statuses (repair_status_log) are applied again afterwards.
ALTER TABLE road_reports ADD COLUMN report_key VARCHAR;
UPDATE road_reports SET report_key = kind || ':' || coalesce(external_id, CAST(id AS VARCHAR));

-- One row per report per status change made in Kaga Twin (GUI or `kaga-twin repairs status`). Not a feature
-- table: it survives re-imports and is never replaced by one.
CREATE SEQUENCE repair_status_log_id_seq START 1;
CREATE TABLE repair_status_log (
    id           BIGINT PRIMARY KEY DEFAULT nextval('repair_status_log_id_seq'),
    report_key   VARCHAR NOT NULL,     -- road_reports.report_key
    case_id      BIGINT,               -- the case the report was in when the status changed
    status_from  VARCHAR,
    status       VARCHAR NOT NULL,     -- 受付済 / 対応中 / 対応済
    note         VARCHAR,
    changed_at   TIMESTAMPTZ NOT NULL,
    changed_by   VARCHAR
);

-- Work package (an area: the JIS X 0410 mesh holding the case) and the segment's MCI when surveyed.
ALTER TABLE repair_cases ADD COLUMN package VARCHAR;
ALTER TABLE repair_cases ADD COLUMN mci DOUBLE;

-- Pavement surveys (路面性状調査): one row per surveyed section, matched to a road segment. mci is computed with
-- the formula of the operations reference §1.4 (MCI, MCI0, MCI1, MCI2; σ from IRI when only IRI is given).
CREATE SEQUENCE pavement_survey_id_seq START 1;
CREATE TABLE pavement_surveys (
    id            BIGINT PRIMARY KEY DEFAULT nextval('pavement_survey_id_seq'),
    external_id   VARCHAR,             -- section id in the survey
    surveyed_on   DATE,
    crack_pct     DOUBLE,              -- ひび割れ率 C (%)
    rut_mm        DOUBLE,              -- わだち掘れ量 D (mm)
    sigma_mm      DOUBLE,              -- 平たん性 σ (mm)
    iri           DOUBLE,              -- IRI (mm/m)
    mci           DOUBLE,
    segment_id    BIGINT,              -- road_segments.id (nearest, filled at import or by repair-priority)
    lat           DOUBLE,
    lon           DOUBLE,
    geom          GEOMETRY,            -- POINT or LINESTRING in the project CRS
    source_id     INTEGER NOT NULL
);
