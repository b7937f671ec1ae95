-- The window (the storm) a snow-coverage run measured its service levels over, kept with them: the Snow panel,
-- the CLI and the replay read it back (twin.snow_coverage.window).
ALTER TABLE snow_service_levels ADD COLUMN window_start TIMESTAMPTZ;
ALTER TABLE snow_service_levels ADD COLUMN window_end TIMESTAMPTZ;
