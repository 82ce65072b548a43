-- Lists that use their indexes (issue 12).
--
-- organisation.state was char(2): the lists bind their filter values as text, so PostgreSQL compared
-- state::text with them and could not use the state index at all (every filtered directory page was a
-- scan of the table plus a count over the same scan). As text, `state = ?` is an index condition.
ALTER TABLE organisation DROP CONSTRAINT organisation_state_check;
ALTER TABLE organisation ALTER COLUMN state TYPE text;
ALTER TABLE organisation ADD CONSTRAINT organisation_state_check
    CHECK (state IN ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH'));

-- The directory and the internal organisation list: each filter that a screen offers with the default sort
-- (name, id) reads its first page straight from one index; the sort keys of the other orders are whole.
DROP INDEX organisation_state_idx;
CREATE INDEX organisation_state_name_idx ON organisation (state, name, id);
DROP INDEX organisation_kind_idx;
CREATE INDEX organisation_kind_name_idx ON organisation (kind, name, id);
DROP INDEX organisation_settlement_type_idx;
CREATE INDEX organisation_settlement_type_name_idx ON organisation (settlement_type, name, id);
DROP INDEX organisation_programme_role_idx;
CREATE INDEX organisation_programme_role_name_idx ON organisation (programme_role, name, id);
-- sort=town / -town: order by town [desc], name, id
DROP INDEX organisation_town_idx;
CREATE INDEX organisation_town_name_idx ON organisation (town, name, id);
-- sort=foundingYear: founding_year nulls last, name, id; sort=-foundingYear: founding_year desc nulls last, name, id
DROP INDEX organisation_founding_year_idx;
CREATE INDEX organisation_founding_year_name_idx ON organisation (founding_year, name, id);
CREATE INDEX organisation_founding_year_desc_name_idx ON organisation (founding_year DESC NULLS LAST, name, id);

-- Sync windows with updatedSince: the changes of one collection since a moment.
CREATE INDEX sync_change_changed_at_idx ON sync_change (collection, changed_at);

-- Coaching sessions of an assignment: order by held_on desc, created_at desc, id.
DROP INDEX coaching_session_assignment_idx;
CREATE INDEX coaching_session_assignment_idx ON coaching_session (assignment_id, held_on DESC, created_at DESC, id);

-- Learning modules: order by published_at desc nulls last, title, id; everybody but staff reads only
-- published modules (a literal condition, so the partial index serves every such page).
DROP INDEX learning_module_status_idx;
CREATE INDEX learning_module_published_idx ON learning_module (published_at DESC NULLS LAST, title, id)
    WHERE status = 'PUBLISHED';
CREATE INDEX learning_module_status_idx ON learning_module (status, published_at DESC NULLS LAST, title, id);
CREATE INDEX learning_module_order_idx ON learning_module (published_at DESC NULLS LAST, title, id);

-- Measurements: order by coalesce(valid_from, as_of) desc, indicator_key, id (the expression Hibernate writes),
-- by scope or by indicator and scope.
CREATE INDEX measurement_order_idx ON measurement ((coalesce(valid_from, as_of)) DESC, indicator_key, id);
DROP INDEX measurement_scope_idx;
CREATE INDEX measurement_scope_idx ON measurement (scope_id, (coalesce(valid_from, as_of)) DESC, indicator_key, id);

-- Metric events and network initiatives: order by the date desc, then title/name, id; by scope.
DROP INDEX metric_event_held_on_idx;
CREATE INDEX metric_event_held_on_idx ON metric_event (held_on DESC, title, id);
DROP INDEX metric_event_scope_idx;
CREATE INDEX metric_event_scope_idx ON metric_event (scope_id, held_on DESC, title, id);
DROP INDEX network_initiative_supported_idx;
CREATE INDEX network_initiative_supported_idx ON network_initiative (supported_on DESC, name, id);
DROP INDEX network_initiative_scope_idx;
CREATE INDEX network_initiative_scope_idx ON network_initiative (scope_id, supported_on DESC, name, id);

-- Transfer concepts of an organisation: order by updated_at desc, id.
DROP INDEX transfer_concept_organisation_idx;
CREATE INDEX transfer_concept_organisation_idx ON transfer_concept (organisation_id, updated_at DESC, id);

