-- Per-audience tombstones: every change-feed row remembers who could ever have seen its entity, as tags
-- ('public', 'participants', 'state:SN', 'org:<id>', 'coach:<id>'), the union over every state the entity had.
-- A feed hands a caller only rows whose tags it holds, so ids and change times of items it never could see
-- stay hidden. NULL: the collection shows every row to whoever may read it at all.
ALTER TABLE sync_change ADD COLUMN audience text[];

CREATE FUNCTION sync_audience(collection text, entity_id text) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN collection = 'organisations' THEN coalesce(
            (SELECT array_remove(ARRAY[CASE WHEN o.programme_role IN ('BEST_PRACTICE','TANDEM') THEN 'public' END,
                                       'state:' || o.state, 'org:' || o.id], NULL)
             FROM organisation o WHERE o.id = entity_id::uuid), '{}')
        WHEN collection = 'transfer-concepts' THEN coalesce(
            (SELECT array_remove(ARRAY[CASE WHEN c.status = 'PUBLISHED' THEN 'public' END, 'org:' || c.organisation_id], NULL)
             FROM transfer_concept c WHERE c.id = entity_id::uuid), '{}')
        WHEN collection = 'learning-modules' THEN coalesce(
            (SELECT array_remove(ARRAY[CASE WHEN m.status = 'PUBLISHED' AND m.visibility = 'PUBLIC' THEN 'public' END,
                                       CASE WHEN m.status = 'PUBLISHED' THEN 'participants' END], NULL)
                    || ARRAY(SELECT coalesce('coach:' || a.coach_id, 'org:' || a.organisation_id)
                             FROM learning_module_author a WHERE a.module_id = m.id)
             FROM learning_module m WHERE m.id = entity_id::uuid), '{}')
        WHEN collection = 'learning-paths' THEN coalesce(
            (SELECT array_remove(ARRAY[CASE WHEN p.status = 'PUBLISHED' AND p.visibility = 'PUBLIC' THEN 'public' END,
                                       CASE WHEN p.status = 'PUBLISHED' THEN 'participants' END], NULL)
             FROM learning_path p WHERE p.id = entity_id::uuid), '{}')
        WHEN collection = 'tandems' THEN coalesce(
            (SELECT ARRAY['org:' || t.best_practice_organisation_id, 'org:' || t.tandem_organisation_id]
             FROM tandem t WHERE t.id = entity_id::uuid), '{}')
        WHEN collection = 'coaching-assignments' THEN coalesce(
            (SELECT ARRAY['org:' || a.organisation_id, 'coach:' || a.coach_id]
             FROM coaching_assignment a WHERE a.id = entity_id::uuid), '{}')
        WHEN collection = 'indicators' THEN coalesce(
            (SELECT CASE WHEN i.is_public THEN ARRAY['public'] ELSE '{}'::text[] END FROM indicator i WHERE i.key = entity_id), '{}')
        WHEN collection = 'metric-scopes' THEN coalesce(
            (SELECT ARRAY['state:' || s.state] FROM metric_scope s WHERE s.id = entity_id::uuid), '{}')
        WHEN collection IN ('measurements', 'metric-events', 'network-initiatives', 'indicator-targets', 'report-narratives') THEN coalesce(
            (SELECT ARRAY['state:' || s.state] FROM metric_scope s WHERE s.id = (
                SELECT CASE collection
                    WHEN 'measurements' THEN (SELECT x.scope_id FROM measurement x WHERE x.id = entity_id::uuid)
                    WHEN 'metric-events' THEN (SELECT x.scope_id FROM metric_event x WHERE x.id = entity_id::uuid)
                    WHEN 'network-initiatives' THEN (SELECT x.scope_id FROM network_initiative x WHERE x.id = entity_id::uuid)
                    WHEN 'indicator-targets' THEN (SELECT x.scope_id FROM indicator_target x WHERE x.id = entity_id::uuid)
                    ELSE (SELECT x.scope_id FROM report_narrative x WHERE x.id = entity_id::uuid) END)), '{}')
    END
$$;

-- the tags the entity has now, added to those it had: a row never loses an audience it once had
CREATE FUNCTION sync_audience_union(earlier text[], now text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN now IS NULL THEN earlier
                ELSE ARRAY(SELECT DISTINCT t FROM unnest(coalesce(earlier, '{}') || now) t ORDER BY t) END
$$;

CREATE OR REPLACE FUNCTION sync_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    key_columns text[] := string_to_array(coalesce(TG_ARGV[1], 'id'), ',');
    is_part boolean := coalesce(TG_ARGV[2], '') = 'part';
    key text;
    removes boolean;
    tags text[];
BEGIN
    SELECT string_agg(row_data ->> c, ':' ORDER BY ordinality) INTO key
    FROM unnest(key_columns) WITH ORDINALITY AS k(c, ordinality);
    IF key IS NULL THEN
        RETURN NULL;
    END IF;
    removes := TG_OP = 'DELETE' AND NOT is_part;
    -- a deleted entity keeps the tags it had; its row is gone
    tags := CASE WHEN removes THEN NULL ELSE sync_audience(TG_ARGV[0], key) END;
    INSERT INTO sync_change AS c (collection, entity_id, txid, seq, changed_at, deleted, audience)
    VALUES (TG_ARGV[0], key, pg_current_xact_id(), nextval('sync_change_seq'), now(), removes, tags)
    ON CONFLICT (collection, entity_id) DO UPDATE
        SET txid = excluded.txid, seq = excluded.seq, changed_at = excluded.changed_at, deleted = excluded.deleted,
            audience = sync_audience_union(c.audience, excluded.audience)
        WHERE NOT is_part OR NOT c.deleted;
    RETURN NULL;
END
$$;

-- rows written before this migration: the tags of what exists now; tombstones of row-level collections get '{}'
-- (staff only), since nobody knows any more who saw them
UPDATE sync_change SET audience = sync_audience(collection, entity_id);
