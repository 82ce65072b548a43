-- A scope's position (shown on its map in the administration) and whether it is archived: an archived scope
-- keeps its figures and history but is no longer offered for new entries. Latitude and longitude come together.
ALTER TABLE metric_scope
    ADD COLUMN latitude  numeric(8, 5),
    ADD COLUMN longitude numeric(8, 5),
    ADD COLUMN archived  boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT metric_scope_position_complete CHECK ((latitude IS NULL) = (longitude IS NULL)),
    ADD CONSTRAINT metric_scope_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    ADD CONSTRAINT metric_scope_longitude_range CHECK (longitude BETWEEN -180 AND 180);
