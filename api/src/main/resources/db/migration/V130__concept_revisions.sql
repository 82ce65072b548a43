-- Concept revisions: the owners of a PUBLISHED concept may start a new draft (PUBLISHED → DRAFT). The
-- published snapshot (published_version_number) stays public until the new version is published, so a
-- concept is public while it has a published version and is not ARCHIVED, whatever its working status.
-- The change feed hands such a concept to the public audience too.
CREATE OR REPLACE FUNCTION sync_audience(collection text, entity_id text) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN collection = 'organisations' THEN coalesce(
            (SELECT array_remove(ARRAY[CASE WHEN o.programme_role IN ('BEST_PRACTICE','TANDEM') THEN 'public' END,
                                       'state:' || o.state, 'org:' || o.id], NULL)
             FROM organisation o WHERE o.id = entity_id::uuid), '{}')
        WHEN collection = 'transfer-concepts' THEN coalesce(
            (SELECT array_remove(ARRAY[CASE WHEN c.published_version_number IS NOT NULL AND c.status <> 'ARCHIVED' THEN 'public' END, 'org:' || c.organisation_id], NULL)
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

-- the public list of concepts: those with a published version that are not archived
CREATE INDEX transfer_concept_public_idx ON transfer_concept (updated_at DESC, id)
    WHERE published_version_number IS NOT NULL AND status <> 'ARCHIVED';
