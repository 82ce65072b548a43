-- The audit log screen filters by person, kind of item, item, action and time, newest first.
-- The person's name is copied beside the subject (as other tables do), so entries can be found and shown by name.
ALTER TABLE audit_log ADD COLUMN actor_name text;
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC, id DESC);
CREATE INDEX audit_log_actor_name_idx ON audit_log (lower(actor_name) text_pattern_ops);
