-- Demo world: audit log entries for the steps the demo world's figures went through — the first 100 days' reporting
-- period submitted, approved and locked, and the correction of week 4's reach — by the demo world itself (as the rows'
-- created_by/entered_by say), so the log screen has entries to filter before anyone has changed anything.
-- Written as the API writes them (AuditLog).
DELETE FROM audit_log WHERE actor = 'demo-world';

INSERT INTO audit_log (at, actor, actor_name, entity_type, entity_id, action, details) VALUES
  ('2017-10-06 10:15+02', 'demo-world', 'Demo-Welt', 'reporting_period',
   '8f3e5a10-4d07-4f6e-9c71-000000000001', 'transition', '{"from": "OPEN", "to": "SUBMITTED"}'),
  ('2017-10-09 14:40+02', 'demo-world', 'Demo-Welt', 'reporting_period',
   '8f3e5a10-4d07-4f6e-9c71-000000000001', 'transition', '{"from": "SUBMITTED", "to": "APPROVED"}'),
  ('2017-10-10 09:05+02', 'demo-world', 'Demo-Welt', 'reporting_period',
   '8f3e5a10-4d07-4f6e-9c71-000000000001', 'transition', '{"from": "APPROVED", "to": "LOCKED"}');

INSERT INTO audit_log (at, actor, actor_name, entity_type, entity_id, action, details)
SELECT c.entered_at, 'demo-world', 'Demo-Welt', 'measurement', c.id::text, 'correct',
       jsonb_build_object('corrects', o.id::text, 'reason', c.reason,
                          'changes', jsonb_build_object('value', jsonb_build_object('before', o.value, 'after', c.value)))
FROM measurement c JOIN measurement o ON o.id = c.corrects_id
WHERE c.id = '8f3e5a10-4d07-4f6e-9c72-000000000900';
