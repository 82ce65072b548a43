-- The directory's totals without counting for every page (issue 12): the API keeps a total while the organisations'
-- change feed shows no change since it was counted (common/Totals.Remembered). The latest change of a collection:
CREATE INDEX sync_change_collection_seq_idx ON sync_change (collection, seq);

-- The count of a filtered directory page (state and the visible programme roles) from the index alone.
CREATE INDEX organisation_state_role_idx ON organisation (state, programme_role);
