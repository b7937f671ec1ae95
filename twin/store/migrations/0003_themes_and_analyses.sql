-- Kaga Twin project schema, version 3: themes bring their own migrations; analyses record their runs and keep
-- their editable parameters in the project; skipped input rows are kept with their reason.

-- Migrations of each theme (twin/themes: Theme.migrations), numbered per theme.
CREATE TABLE theme_migrations (
    theme       VARCHAR NOT NULL,
    version     INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (theme, version)
);

-- One row per run of an analysis (twin/analysis.py): what ran, with which parameters, on which inputs.
CREATE SEQUENCE analysis_run_id_seq START 1;
CREATE TABLE analysis_runs (
    id           INTEGER PRIMARY KEY DEFAULT nextval('analysis_run_id_seq'),
    name         VARCHAR NOT NULL,        -- registry name, e.g. 'repair-priority'
    params       JSON,                    -- the parameters used
    inputs       JSON,                    -- [{"table", "source_id", "path", "sha256"}, ...]
    outputs      JSON,                    -- {"table": rows written, ...}
    warnings     JSON,                    -- list of strings
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    seconds      DOUBLE
);

-- The project's own parameter values of each analysis (weights, thresholds), edited in the GUI or the CLI.
CREATE TABLE analysis_params (
    analysis  VARCHAR PRIMARY KEY,
    params    JSON NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Input rows an importer skipped (bad coordinate, date, class, short row): kept with the reason, never dropped.
CREATE TABLE import_rejects (
    source_id  INTEGER NOT NULL,
    line       BIGINT,                    -- line (or feature index) in the file, 1-based
    item       VARCHAR,                   -- feature id or file member, where there is no line
    reason     VARCHAR NOT NULL,
    raw        VARCHAR                    -- the row as it was read
);
