-- Demo world: the six best-practice partners of the programme's pilot (public facts only)
-- and the memberships of the demo users of keycloak/realm-kreativland.json.
-- Repeatable: Flyway re-applies it whenever it changes, so every statement is an upsert.

INSERT INTO organisation (id, name, town, state, programme_role, website, summary) VALUES
  ('5b0c2d4e-1a01-4f6e-9c10-000000000001', 'Künstlerstadt Kalbe e.V.', 'Kalbe (Milde)', 'ST', 'BEST_PRACTICE',
   NULL, 'Künstlerinnen und Künstler beleben leerstehende Gebäude der altmärkischen Kleinstadt.'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000002', 'Künstlerkolonie Fichtelgebirge e.V.', 'Wunsiedel', 'BY', 'BEST_PRACTICE',
   NULL, 'Seit 2012 ein Netzwerk von Kreativen im Landkreis Wunsiedel mit rund 120 Mitgliedern aus allen elf Teilmärkten.'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000003', 'Haldern Pop', 'Rees', 'NW', 'BEST_PRACTICE',
   'https://haldernpop.com', 'Ein Musikfestival im Dorf Haldern am Niederrhein.'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000004', 'Kulturfeld Eschwege', 'Eschwege', 'HE', 'BEST_PRACTICE',
   NULL, 'Kulturelle Arbeit in der nordhessischen Kreisstadt Eschwege.'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000005', 'UpZent: Upcycling Zentrum', 'Neunkirchen', 'SL', 'BEST_PRACTICE',
   NULL, 'Designerinnen, Designer und eine soziale Werkstatt machen aus Resten der örtlichen Industrie neue Produkte.'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000006', 'E-WERK Luckenwalde', 'Luckenwalde', 'BB', 'BEST_PRACTICE',
   NULL, 'Ein Kunstzentrum in einem ehemaligen Elektrizitätswerk.')
ON CONFLICT (id) DO UPDATE SET
  name = EXCLUDED.name, town = EXCLUDED.town, state = EXCLUDED.state, programme_role = EXCLUDED.programme_role,
  website = EXCLUDED.website, summary = EXCLUDED.summary, updated_at = now(), updated_by = 'demo-world',
  version = organisation.version + 1;

-- Demo users (ids fixed in the realm file): partner → Kalbe, partner2 → Fichtelgebirge.
INSERT INTO organisation_membership (subject, organisation_id, created_by) VALUES
  ('7c1d6a52-0d1e-4c1a-9a01-000000000004', '5b0c2d4e-1a01-4f6e-9c10-000000000001', 'demo-world'),
  ('7c1d6a52-0d1e-4c1a-9a01-000000000005', '5b0c2d4e-1a01-4f6e-9c10-000000000002', 'demo-world')
ON CONFLICT DO NOTHING;
