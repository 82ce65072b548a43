-- Demo world: one invented coach per expertise topic (marked "(Demo)"), their assignments to
-- the best-practice partners of R__10 and a few sessions. Clara Coach is the demo user `coach`
-- of keycloak/realm-kreativland.json: assigned to Kalbe and Fichtelgebirge, not to Haldern Pop.
-- Repeatable: Flyway re-applies it whenever it changes, so every statement is an upsert.

INSERT INTO coach (id, subject, name, bio, topics, regions, languages, email, phone, created_by, updated_by) VALUES
  ('3c0a0c4e-2b02-4f6e-9c20-000000000001', '7c1d6a52-0d1e-4c1a-9a01-000000000003', 'Clara Coach (Demo)',
   'Begleitet Vereine und Netzwerke auf dem Land bei Strategie, Rollen und Förderanträgen. Erfundene Demo-Person.',
   ARRAY['ORGANISATION_DEVELOPMENT','FINANCING'], ARRAY['ST','BY','SN'], ARRAY['de','en'],
   'coach@demo.kreativland.example', '+49 30 5550 0103', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c20-000000000002', NULL, 'Fritz Förder (Demo)',
   'Kennt Landes-, Bundes- und EU-Förderprogramme für Kultur im ländlichen Raum. Erfundene Demo-Person.',
   ARRAY['FINANCING'], ARRAY['BB','BE','ST'], ARRAY['de'],
   'fritz.foerder@demo.kreativland.example', NULL, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c20-000000000003', NULL, 'Mara Markt (Demo)',
   'Marketing und Pressearbeit für Festivals und Kulturorte abseits der Großstädte. Erfundene Demo-Person.',
   ARRAY['MARKETING'], ARRAY['NW','HE'], ARRAY['de','en','nl'],
   'mara.markt@demo.kreativland.example', '+49 221 5550 0303', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c20-000000000004', NULL, 'Bernd Bau (Demo)',
   'Architekt; berät zu Baurecht, Nutzungsänderung und Brandschutz bei Leerstand. Erfundene Demo-Person.',
   ARRAY['BUILDING_LAW'], ARRAY['SL','RP','HE','ST'], ARRAY['de','fr'],
   'bernd.bau@demo.kreativland.example', NULL, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c20-000000000005', NULL, 'Anja Angebot (Demo)',
   'Entwickelt mit Kulturorten Formate für neue Zielgruppen. Erfundene Demo-Person.',
   ARRAY['OFFER_DEVELOPMENT'], ARRAY['BY','TH','SN','HE'], ARRAY['de','cs'],
   'anja.angebot@demo.kreativland.example', NULL, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c20-000000000006', NULL, 'Dirk Digital (Demo)',
   'Breitband, Vereinssoftware und digitale Werkzeuge für kleine Teams. Erfundene Demo-Person.',
   ARRAY['DIGITAL_INFRASTRUCTURE'], ARRAY['BB','MV','SH','BY'], ARRAY['de','en'],
   'dirk.digital@demo.kreativland.example', '+49 381 5550 0606', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  name = EXCLUDED.name, bio = EXCLUDED.bio, topics = EXCLUDED.topics, regions = EXCLUDED.regions,
  languages = EXCLUDED.languages, email = EXCLUDED.email, phone = EXCLUDED.phone,
  updated_at = now(), updated_by = 'demo-world', version = coach.version + 1;

-- Partners: ...0001 Kalbe, ...0002 Fichtelgebirge, ...0003 Haldern Pop, ...0004 Eschwege, ...0005 UpZent, ...0006 E-WERK.
INSERT INTO coaching_assignment (id, coach_id, organisation_id, topic, hour_budget, created_by, updated_by) VALUES
  ('3c0a0c4e-2b02-4f6e-9c21-000000000001', '3c0a0c4e-2b02-4f6e-9c20-000000000001', '5b0c2d4e-1a01-4f6e-9c10-000000000001', 'ORGANISATION_DEVELOPMENT', 20, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000002', '3c0a0c4e-2b02-4f6e-9c20-000000000001', '5b0c2d4e-1a01-4f6e-9c10-000000000002', 'ORGANISATION_DEVELOPMENT', 16, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000003', '3c0a0c4e-2b02-4f6e-9c20-000000000001', '5b0c2d4e-1a01-4f6e-9c10-000000000001', 'FINANCING', 8, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000004', '3c0a0c4e-2b02-4f6e-9c20-000000000002', '5b0c2d4e-1a01-4f6e-9c10-000000000006', 'FINANCING', 12, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000005', '3c0a0c4e-2b02-4f6e-9c20-000000000003', '5b0c2d4e-1a01-4f6e-9c10-000000000003', 'MARKETING', 10, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000006', '3c0a0c4e-2b02-4f6e-9c20-000000000004', '5b0c2d4e-1a01-4f6e-9c10-000000000001', 'BUILDING_LAW', 12, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000007', '3c0a0c4e-2b02-4f6e-9c20-000000000004', '5b0c2d4e-1a01-4f6e-9c10-000000000005', 'BUILDING_LAW', 6, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000008', '3c0a0c4e-2b02-4f6e-9c20-000000000005', '5b0c2d4e-1a01-4f6e-9c10-000000000004', 'OFFER_DEVELOPMENT', 10, 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c21-000000000009', '3c0a0c4e-2b02-4f6e-9c20-000000000006', '5b0c2d4e-1a01-4f6e-9c10-000000000002', 'DIGITAL_INFRASTRUCTURE', 8, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  hour_budget = EXCLUDED.hour_budget, updated_at = now(), updated_by = 'demo-world',
  version = coaching_assignment.version + 1;

INSERT INTO coaching_session (id, assignment_id, held_on, duration_minutes, topic, format, notes, next_steps, created_by, updated_by) VALUES
  ('3c0a0c4e-2b02-4f6e-9c22-000000000001', '3c0a0c4e-2b02-4f6e-9c21-000000000001', '2021-03-15', 180, 'ORGANISATION_DEVELOPMENT', 'ON_SITE',
   'Auftakt vor Ort: Rollen im Vorstand und im Team geklärt, Zuständigkeiten für die leerstehenden Häuser gesammelt.',
   'Vorstand legt bis April ein Organigramm vor; nächster Termin per Video.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000002', '3c0a0c4e-2b02-4f6e-9c21-000000000001', '2021-05-10', 90, 'ORGANISATION_DEVELOPMENT', 'VIDEO',
   'Organigramm besprochen; Ehrenamt und Hauptamt besser trennen.',
   'Stellenbeschreibung für eine Koordinationsstelle entwerfen.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000003', '3c0a0c4e-2b02-4f6e-9c21-000000000003', '2021-06-02', 60, 'FINANCING', 'PHONE',
   'Finanzierung der Koordinationsstelle: mögliche Landesprogramme und Eigenanteil.',
   'Projektskizze an das Land schicken.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000004', '3c0a0c4e-2b02-4f6e-9c21-000000000002', '2021-04-20', 120, 'ORGANISATION_DEVELOPMENT', 'WORKSHOP',
   'Workshop mit 15 Mitgliedern: Wie wächst das Netzwerk, ohne die Ehrenamtlichen zu überlasten?',
   'Arbeitsgruppen für Veranstaltungen und Mitgliederbetreuung bilden.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000005', '3c0a0c4e-2b02-4f6e-9c21-000000000004', '2021-09-14', 120, 'FINANCING', 'VIDEO',
   'Betriebskosten des Kraftwerksgebäudes und mögliche Förderungen für Energie und Kultur.',
   'Kostenplan für die nächsten drei Jahre aufstellen.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000006', '3c0a0c4e-2b02-4f6e-9c21-000000000005', '2021-07-01', 90, 'MARKETING', 'ON_SITE',
   'Wie erzählt das Dorf sein Festival das ganze Jahr über? Kanäle und Zielgruppen gesammelt.',
   'Redaktionsplan für die Monate ohne Festival skizzieren.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000007', '3c0a0c4e-2b02-4f6e-9c21-000000000006', '2021-08-10', 150, 'BUILDING_LAW', 'ON_SITE',
   'Begehung von zwei leerstehenden Häusern: Nutzungsänderung zu Ateliers, Brandschutz, Stellplätze.',
   'Bauvoranfrage beim Landkreis vorbereiten.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000008', '3c0a0c4e-2b02-4f6e-9c21-000000000008', '2021-10-05', 120, 'OFFER_DEVELOPMENT', 'WORKSHOP',
   'Ideen für Angebote mit Schulen der Region gesammelt und bewertet.',
   'Zwei Formate im Frühjahr erproben.', 'demo-world', 'demo-world'),
  ('3c0a0c4e-2b02-4f6e-9c22-000000000009', '3c0a0c4e-2b02-4f6e-9c21-000000000009', '2021-11-12', 90, 'DIGITAL_INFRASTRUCTURE', 'VIDEO',
   'Mitgliederverwaltung und gemeinsamer Kalender für rund 120 Mitglieder.',
   'Zwei Werkzeuge im Vorstand testen.', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  held_on = EXCLUDED.held_on, duration_minutes = EXCLUDED.duration_minutes, topic = EXCLUDED.topic, format = EXCLUDED.format,
  notes = EXCLUDED.notes, next_steps = EXCLUDED.next_steps, updated_at = now(), updated_by = 'demo-world',
  version = coaching_session.version + 1;
