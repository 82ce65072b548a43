-- Demo world: tandems. In the pilot each best-practice partner mentored two tandem partners for
-- 18 months, e.g. the Fichtelgebirge network with a creative network in the Erzgebirge (Saxony) and
-- one in Freudenstadt (Baden-Württemberg). The tandem organisations here are invented and marked
-- "(Demo)"; so are the milestones' progress and the activities. Two ACTIVE tandems of the
-- Fichtelgebirge concept, one COMPLETED tandem of the Kalbe concept, and one further candidate
-- (without programme role) for the matching suggestions.
-- Repeatable: every statement is an upsert that restores the demo state.

INSERT INTO organisation (id, name, legal_form, kind, submarkets, settlement_type, postal_code, town, municipality,
                          district, state, latitude, longitude, founding_year, team_size, summary, description,
                          requested_topics, programme_role, created_by, updated_by) VALUES
  ('5b0c2d4e-1a01-4f6e-9c10-000000000201', 'Kreativnetz Erzgebirge (Demo)', 'e.V.', 'NETWORK',
   '{MUSIC,DESIGN,BOOK_MARKET}', 'LARGER_SMALL_TOWN', '09456', 'Annaberg-Buchholz', 'Annaberg-Buchholz',
   'Erzgebirgskreis', 'SN', 50.5800, 13.0030, 2021, 8,
   'Erfundenes Demo-Netzwerk: Kreative im Erzgebirge finden zueinander, nach dem Vorbild aus dem Fichtelgebirge.',
   'Erfundene Demo-Organisation. Musikerinnen, Gestalter und ein kleiner Verlag im Erzgebirgskreis wollen ein Netzwerk aufbauen, das Kontakte, Aufträge und gemeinsame Veranstaltungen vermittelt.',
   '{ORGANISATION_DEVELOPMENT,DIGITAL_INFRASTRUCTURE}', 'TANDEM', 'demo-world', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000202', 'Kreativnetzwerk Freudenstadt (Demo)', 'e.V.', 'NETWORK',
   '{DESIGN,ADVERTISING,MUSIC}', 'MEDIUM_TOWN', '72250', 'Freudenstadt', 'Freudenstadt', 'Landkreis Freudenstadt', 'BW',
   48.4633, 8.4111, 2020, 6,
   'Erfundenes Demo-Netzwerk: Agenturen, Gestalterinnen und Musiker im Nordschwarzwald vernetzen sich.',
   'Erfundene Demo-Organisation. Im Landkreis Freudenstadt arbeiten Kreative verstreut; ein Netzwerk soll sie sichtbar machen und gemeinsame Projekte anstoßen.',
   '{MARKETING,ORGANISATION_DEVELOPMENT}', 'TANDEM', 'demo-world', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000203', 'Leerstandsinitiative Gardelegen (Demo)', 'e.V.', 'ASSOCIATION',
   '{DESIGN,ARCHITECTURE}', 'SMALL_SMALL_TOWN', '39638', 'Gardelegen', 'Gardelegen', 'Altmarkkreis Salzwedel', 'ST',
   52.5256, 11.3939, 2021, 4,
   'Erfundene Demo-Initiative: leere Häuser in der Altstadt werden zu Ateliers und Ladenlokalen auf Zeit.',
   'Erfundene Demo-Organisation. Gestalterinnen und Architekten aus der Altmark haben das Vorbild aus Kalbe in ihre Stadt geholt.',
   '{BUILDING_LAW,FINANCING}', 'TANDEM', 'demo-world', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000204', 'Designkollektiv Hof (Demo)', NULL, 'CREATIVE_BUSINESS',
   '{DESIGN,MUSIC}', 'MEDIUM_TOWN', '95028', 'Hof', 'Hof', 'Landkreis Hof', 'BY', 50.3130, 11.9128, 2024, 5,
   'Erfundenes Demo-Kollektiv: junge Gestalterinnen und Gestalter in Oberfranken, noch ohne Rolle im Programm.',
   'Erfundene Demo-Organisation, ein möglicher künftiger Tandempartner für die Vorschläge.',
   '{MARKETING,FINANCING}', NULL, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  name = EXCLUDED.name, legal_form = EXCLUDED.legal_form, kind = EXCLUDED.kind, submarkets = EXCLUDED.submarkets,
  settlement_type = EXCLUDED.settlement_type, postal_code = EXCLUDED.postal_code, town = EXCLUDED.town,
  municipality = EXCLUDED.municipality, district = EXCLUDED.district, state = EXCLUDED.state,
  latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, founding_year = EXCLUDED.founding_year,
  team_size = EXCLUDED.team_size, summary = EXCLUDED.summary, description = EXCLUDED.description,
  requested_topics = EXCLUDED.requested_topics, programme_role = EXCLUDED.programme_role,
  updated_at = now(), updated_by = 'demo-world', version = organisation.version + 1;

-- Demo user tandem (id fixed in the realm file) → Designkollektiv Hof, so both sides of a tandem can agree.
INSERT INTO organisation_membership (subject, organisation_id, created_by) VALUES
  ('7c1d6a52-0d1e-4c1a-9a01-000000000008', '5b0c2d4e-1a01-4f6e-9c10-000000000204', 'demo-world')
ON CONFLICT DO NOTHING;

INSERT INTO tandem (id, best_practice_organisation_id, concept_id, tandem_organisation_id, status, suggestion_rank,
                    suggestion_score, selection_reason, started_on, ended_on, cancel_reason, created_at, created_by,
                    updated_at, updated_by) VALUES
  ('5b0c2d4e-1a01-4f6e-9c40-000000000001', '5b0c2d4e-1a01-4f6e-9c10-000000000002', '5b0c2d4e-1a01-4f6e-9c30-000000000002',
   '5b0c2d4e-1a01-4f6e-9c10-000000000201', 'ACTIVE', 1, 0.613, NULL, '2026-03-02', NULL, NULL,
   '2026-01-12T10:00:00+01', 'demo-world', '2026-10-20T16:00:00+02', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000002', '5b0c2d4e-1a01-4f6e-9c10-000000000002', '5b0c2d4e-1a01-4f6e-9c30-000000000002',
   '5b0c2d4e-1a01-4f6e-9c10-000000000202', 'ACTIVE', 3, 0.482,
   'Freudenstadt hat sich ausdrücklich mit einem Netzwerkvorhaben beworben; die Entfernung gleichen Videotreffen und zwei Besuche aus.',
   '2026-05-04', NULL, NULL, '2026-01-12T10:30:00+01', 'demo-world', '2026-10-08T11:00:00+02', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000003', '5b0c2d4e-1a01-4f6e-9c10-000000000001', '5b0c2d4e-1a01-4f6e-9c30-000000000001',
   '5b0c2d4e-1a01-4f6e-9c10-000000000203', 'COMPLETED', 1, 0.594, NULL, '2022-02-01', '2023-07-31', NULL,
   '2021-12-15T10:00:00+01', 'demo-world', '2023-07-31T17:00:00+02', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  best_practice_organisation_id = EXCLUDED.best_practice_organisation_id, concept_id = EXCLUDED.concept_id,
  tandem_organisation_id = EXCLUDED.tandem_organisation_id, status = EXCLUDED.status,
  suggestion_rank = EXCLUDED.suggestion_rank, suggestion_score = EXCLUDED.suggestion_score,
  selection_reason = EXCLUDED.selection_reason, started_on = EXCLUDED.started_on, ended_on = EXCLUDED.ended_on,
  cancel_reason = EXCLUDED.cancel_reason, updated_at = EXCLUDED.updated_at, updated_by = 'demo-world',
  version = tandem.version + 1;

INSERT INTO tandem_transition (tandem_id, from_status, to_status, reason, actor, actor_name, at)
SELECT t.tandem_id, t.from_status, t.to_status, t.reason, t.actor, t.actor_name, t.at FROM (VALUES
  ('5b0c2d4e-1a01-4f6e-9c40-000000000001'::uuid, NULL, 'PROPOSED', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2026-01-12T10:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000001'::uuid, 'PROPOSED', 'AGREED', 'Beide Vorstände haben zugestimmt.', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)', '2026-02-09T18:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000001'::uuid, 'AGREED', 'ACTIVE', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2026-03-02T09:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000002'::uuid, NULL, 'PROPOSED', 'Freudenstadt hat sich ausdrücklich mit einem Netzwerkvorhaben beworben; die Entfernung gleichen Videotreffen und zwei Besuche aus.', '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2026-01-12T10:30:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000002'::uuid, 'PROPOSED', 'AGREED', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)', '2026-03-16T18:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000002'::uuid, 'AGREED', 'ACTIVE', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2026-05-04T09:00:00+02'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000003'::uuid, NULL, 'PROPOSED', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2021-12-15T10:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000003'::uuid, 'PROPOSED', 'AGREED', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000004', 'Paula Partner (Demo)', '2022-01-10T18:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000003'::uuid, 'AGREED', 'ACTIVE', NULL, '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2022-02-01T09:00:00+01'::timestamptz),
  ('5b0c2d4e-1a01-4f6e-9c40-000000000003'::uuid, 'ACTIVE', 'COMPLETED', 'Alle fünf Schritte umgesetzt; die Initiative arbeitet selbstständig weiter.', '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', '2023-07-31T17:00:00+02'::timestamptz)
) AS t (tandem_id, from_status, to_status, reason, actor, actor_name, at)
WHERE NOT EXISTS (SELECT 1 FROM tandem_transition h
                  WHERE h.tandem_id = t.tandem_id AND h.to_status = t.to_status AND h.at = t.at);

-- Milestones: one per step of the concept's transfer plan, as the API generates them on ACTIVE; due
-- dates add up the steps' typical durations (all "N Monat(e)" here) from the start. Progress per tandem:
-- the Erzgebirge two of five steps done (40 %), Freudenstadt one (20 %), Gardelegen all (100 %).
INSERT INTO tandem_milestone (id, tandem_id, position, title, description, topic, typical_duration, due_on,
                              owner_organisation_id, status, done_on, adaptation_notes, created_at, created_by,
                              updated_at, updated_by)
SELECT ('5b0c2d4e-1a01-4f6e-9c42-0000000000' || s.n || s.position)::uuid, s.tandem_id, s.position, s.title, s.description,
       s.topic, s.typical_duration, s.due_on, s.tandem_organisation_id, p.status,
       CASE WHEN p.status = 'DONE' THEN s.due_on - CASE WHEN s.n = 3 THEN 0 ELSE 6 END END, p.notes,
       s.started_on::timestamptz, 'demo-world', now(), 'demo-world'
FROM (
  SELECT t.id AS tandem_id, t.tandem_organisation_id, t.started_on, d.n, e.ordinality::int AS position,
         e.step ->> 'title' AS title, e.step ->> 'description' AS description, e.step ->> 'topic' AS topic,
         e.step ->> 'typicalDuration' AS typical_duration,
         (t.started_on + make_interval(months => (sum(substring(e.step ->> 'typicalDuration' FROM '(\d+)')::int)
              OVER (PARTITION BY t.id ORDER BY e.ordinality))::int))::date AS due_on
  FROM (VALUES ('5b0c2d4e-1a01-4f6e-9c40-000000000001'::uuid, 1), ('5b0c2d4e-1a01-4f6e-9c40-000000000002'::uuid, 2),
               ('5b0c2d4e-1a01-4f6e-9c40-000000000003'::uuid, 3)) AS d (tandem_id, n)
  JOIN tandem t ON t.id = d.tandem_id
  JOIN transfer_concept c ON c.id = t.concept_id
  CROSS JOIN LATERAL jsonb_array_elements(c.transfer_plan) WITH ORDINALITY AS e (step, ordinality)
) s
JOIN (VALUES
  (1, 1, 'DONE', 'Über die Kulturämter in Annaberg-Buchholz und Marienberg 34 Kreative erreicht; erstes Treffen im Frohnauer Hammer.'),
  (1, 2, 'DONE', NULL),
  (1, 3, 'IN_PROGRESS', 'Statt eigener Website zuerst eine Seite im Regionalportal; Logo entsteht im Netzwerk.'),
  (1, 4, 'OPEN', NULL),
  (1, 5, 'OPEN', NULL),
  (2, 1, 'DONE', 'Ansprache über die Wirtschaftsförderung des Landkreises; 21 Kreative beim Auftakt.'),
  (2, 2, 'IN_PROGRESS', 'Gründung als Arbeitsgemeinschaft unter dem Dach des Gewerbevereins, Verein später.'),
  (2, 3, 'OPEN', NULL),
  (2, 4, 'OPEN', NULL),
  (2, 5, 'OPEN', NULL),
  (3, 1, 'DONE', 'Sieben leere Ladenlokale in der Altstadt erfasst.'),
  (3, 2, 'DONE', NULL),
  (3, 3, 'DONE', 'Förderung aus dem Landesprogramm für Innenstädte bewilligt.'),
  (3, 4, 'DONE', NULL),
  (3, 5, 'DONE', 'Offene Ateliers zum Altstadtfest mit rund 600 Gästen.')
) AS p (n, position, status, notes) ON p.n = s.n AND p.position = s.position
ON CONFLICT (tandem_id, position) DO UPDATE SET
  title = EXCLUDED.title, description = EXCLUDED.description, topic = EXCLUDED.topic,
  typical_duration = EXCLUDED.typical_duration, due_on = EXCLUDED.due_on,
  owner_organisation_id = EXCLUDED.owner_organisation_id, status = EXCLUDED.status, done_on = EXCLUDED.done_on,
  adaptation_notes = EXCLUDED.adaptation_notes, updated_at = now(), updated_by = 'demo-world',
  version = tandem_milestone.version + 1;

INSERT INTO tandem_activity (id, tandem_id, type, held_on, participants, notes, created_at, created_by, created_by_name) VALUES
  ('5b0c2d4e-1a01-4f6e-9c41-000000000011', '5b0c2d4e-1a01-4f6e-9c40-000000000001', 'MEETING', '2026-03-02',
   'Paul Partner (Demo), Vorstand Kreativnetz Erzgebirge (Demo), Clara Coach (Demo)',
   'Auftakt per Video: Transferplan durchgesprochen, Ansprechpersonen und Rhythmus festgelegt (alle sechs Wochen).',
   '2026-03-02T18:00:00+01', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000012', '5b0c2d4e-1a01-4f6e-9c40-000000000001', 'VISIT', '2026-04-18',
   'Drei Mitglieder der Künstlerkolonie, fünf Kreative aus dem Erzgebirge',
   'Besuch im Fichtelgebirge: Ausstellung der Mitglieder und Gespräch mit dem Vorstand über Arbeitsgruppen.',
   '2026-04-19T10:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000013', '5b0c2d4e-1a01-4f6e-9c40-000000000001', 'WORKSHOP', '2026-07-11',
   'Clara Coach (Demo), zwölf Kreative aus dem Erzgebirge',
   'Satzungswerkstatt in Annaberg-Buchholz: Zweck, Beiträge und Vorstand des neuen Vereins.',
   '2026-07-12T09:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000014', '5b0c2d4e-1a01-4f6e-9c40-000000000001', 'CALL', '2026-10-20',
   'Paul Partner (Demo), Vorstand Kreativnetz Erzgebirge (Demo)',
   'Stand des gemeinsamen Auftritts; nächster Schritt ist die Mitgliederverwaltung.',
   '2026-10-20T16:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000021', '5b0c2d4e-1a01-4f6e-9c40-000000000002', 'MEETING', '2026-05-04',
   'Paul Partner (Demo), Sprecherin Kreativnetzwerk Freudenstadt (Demo)',
   'Auftakt per Video; die Entfernung von rund 300 km überbrücken monatliche Videotreffen.',
   '2026-05-04T18:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000022', '5b0c2d4e-1a01-4f6e-9c40-000000000002', 'VISIT', '2026-07-24',
   'Paul Partner (Demo) und zwei Mitglieder der Künstlerkolonie',
   'Besuch in Freudenstadt: Treffen mit der Wirtschaftsförderung und acht Kreativen.',
   '2026-07-25T10:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000023', '5b0c2d4e-1a01-4f6e-9c40-000000000002', 'CALL', '2026-10-08',
   'Paul Partner (Demo), Sprecherin Kreativnetzwerk Freudenstadt (Demo)',
   'Arbeitsgemeinschaft oder Verein? Entscheidung vertagt bis zum Jahresende.',
   '2026-10-08T11:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000005', 'Paul Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000031', '5b0c2d4e-1a01-4f6e-9c40-000000000003', 'VISIT', '2022-02-18',
   'Paula Partner (Demo), Vorstand Leerstandsinitiative Gardelegen (Demo)',
   'Rundgang durch Kalbe: wie aus leeren Häusern Ateliers wurden, und was die Bauaufsicht verlangte.',
   '2022-02-19T10:00:00+01', '7c1d6a52-0d1e-4c1a-9a01-000000000004', 'Paula Partner (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000032', '5b0c2d4e-1a01-4f6e-9c40-000000000003', 'WORKSHOP', '2022-09-10',
   'Paula Partner (Demo), Coaches für Baurecht und Finanzierung, sechs Mitglieder aus Gardelegen',
   'Nutzungsverträge und Förderantrag gemeinsam entworfen.',
   '2022-09-11T09:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)'),
  ('5b0c2d4e-1a01-4f6e-9c41-000000000033', '5b0c2d4e-1a01-4f6e-9c40-000000000003', 'MEETING', '2023-07-20',
   'Paula Partner (Demo), Vorstand Leerstandsinitiative Gardelegen (Demo), Konrad Koordinator (Demo)',
   'Abschlusstreffen: Rückblick auf 18 Monate, die Initiative arbeitet selbstständig weiter.',
   '2023-07-20T18:00:00+02', '7c1d6a52-0d1e-4c1a-9a01-000000000004', 'Paula Partner (Demo)')
ON CONFLICT (id) DO UPDATE SET
  tandem_id = EXCLUDED.tandem_id, type = EXCLUDED.type, held_on = EXCLUDED.held_on, participants = EXCLUDED.participants,
  notes = EXCLUDED.notes, created_at = EXCLUDED.created_at, created_by = EXCLUDED.created_by,
  created_by_name = EXCLUDED.created_by_name, version = tandem_activity.version + 1;
