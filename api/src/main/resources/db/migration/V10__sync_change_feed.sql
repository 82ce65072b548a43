-- Change feed for incremental sync: one row per entity of each collection, moved to the end of the
-- feed whenever the entity (or a part of it) changes, and kept as a tombstone when it is deleted.
-- Readers page in (txid, seq) order and only below the oldest running transaction, so a change
-- committed late can never land behind a cursor that a client already holds.
CREATE SEQUENCE sync_change_seq;

CREATE TABLE sync_change (
    collection  text        NOT NULL,
    entity_id   text        NOT NULL,
    txid        xid8        NOT NULL,
    seq         bigint      NOT NULL,
    changed_at  timestamptz NOT NULL,
    deleted     boolean     NOT NULL,
    PRIMARY KEY (collection, entity_id)
);
CREATE INDEX sync_change_feed_order ON sync_change (collection, txid, seq);

-- TG_ARGV[0]: collection; TG_ARGV[1]: key column(s), comma-separated, default id;
-- TG_ARGV[2] = 'part': the row belongs to the entity named by the key, so its deletion is a change, not a removal.
CREATE FUNCTION sync_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    key_columns text[] := string_to_array(coalesce(TG_ARGV[1], 'id'), ',');
    is_part boolean := coalesce(TG_ARGV[2], '') = 'part';
    key text;
    removes boolean;
BEGIN
    SELECT string_agg(row_data ->> c, ':' ORDER BY ordinality) INTO key
    FROM unnest(key_columns) WITH ORDINALITY AS k(c, ordinality);
    IF key IS NULL THEN
        RETURN NULL;
    END IF;
    removes := TG_OP = 'DELETE' AND NOT is_part;
    INSERT INTO sync_change AS c (collection, entity_id, txid, seq, changed_at, deleted)
    VALUES (TG_ARGV[0], key, pg_current_xact_id(), nextval('sync_change_seq'), now(), removes)
    ON CONFLICT (collection, entity_id) DO UPDATE
        SET txid = excluded.txid, seq = excluded.seq, changed_at = excluded.changed_at, deleted = excluded.deleted
        WHERE NOT is_part OR NOT c.deleted;
    RETURN NULL;
END
$$;

CREATE FUNCTION sync_track(target regclass, collection text, key_columns text DEFAULT 'id', kind text DEFAULT 'own')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER sync_change AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW '
                   'EXECUTE FUNCTION sync_record_change(%L, %L, %L)', target, collection, key_columns, kind);
    IF kind = 'own' THEN
        EXECUTE format('INSERT INTO sync_change (collection, entity_id, txid, seq, changed_at, deleted) '
                       'SELECT %L, concat_ws(%L, %s), pg_current_xact_id(), nextval(%L), now(), false FROM %s '
                       'ON CONFLICT DO NOTHING',
                       collection, ':', key_columns, 'sync_change_seq', target);
    END IF;
END
$$;

SELECT sync_track('organisation', 'organisations');
SELECT sync_track('organisation_membership', 'memberships', 'subject,organisation_id');
SELECT sync_track('expertise_topic', 'expertise-topics', 'key');
SELECT sync_track('coach', 'coaches');
SELECT sync_track('coaching_assignment', 'coaching-assignments');
SELECT sync_track('coaching_session', 'coaching-assignments', 'assignment_id', 'part');
SELECT sync_track('selection_criterion', 'selection-criteria');
SELECT sync_track('selection_round', 'selection-rounds');
SELECT sync_track('selection_candidate', 'selection-rounds', 'round_id', 'part');
SELECT sync_track('transfer_concept', 'transfer-concepts');
SELECT sync_track('transfer_concept_version', 'transfer-concepts', 'concept_id', 'part');
SELECT sync_track('concept_comment', 'transfer-concepts', 'concept_id', 'part');
SELECT sync_track('concept_transition', 'transfer-concepts', 'concept_id', 'part');
SELECT sync_track('learning_module', 'learning-modules');
SELECT sync_track('learning_module_author', 'learning-modules', 'module_id', 'part');
SELECT sync_track('learning_attachment', 'learning-modules', 'module_id', 'part');
SELECT sync_track('learning_path', 'learning-paths');
SELECT sync_track('learning_path_module', 'learning-paths', 'path_id', 'part');
SELECT sync_track('indicator', 'indicators', 'key');
SELECT sync_track('metric_scope', 'metric-scopes');
SELECT sync_track('reporting_period', 'reporting-periods');
SELECT sync_track('measurement', 'measurements');
SELECT sync_track('metric_event', 'metric-events');
SELECT sync_track('network_initiative', 'network-initiatives');
SELECT sync_track('indicator_target', 'indicator-targets');
SELECT sync_track('report_narrative', 'report-narratives');
SELECT sync_track('tandem', 'tandems');
SELECT sync_track('tandem_transition', 'tandems', 'tandem_id', 'part');
SELECT sync_track('tandem_milestone', 'tandems', 'tandem_id', 'part');
SELECT sync_track('tandem_activity', 'tandems', 'tandem_id', 'part');
