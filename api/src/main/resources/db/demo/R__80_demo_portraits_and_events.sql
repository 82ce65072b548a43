-- Demo world: creative portraits (#flächenglühen) and the public events calendar of Kreatives Sachsen
-- (shared/seeds 004: "Seit Juni stellen wir unter #flächenglühen regelmäßig Kreativschaffende Sachsens vor",
-- network trips to Krakau, Riga and, end of October, to Prague for the designblok).
-- The portrayed people are invented and marked "(Demo)"; organisations appear only with public facts.
-- Upcoming events are dated relative to the day this script runs; the timestamp below changes the script's
-- checksum, so Flyway re-applies it at every start and "upcoming" stays upcoming: ${flyway:timestamp}
-- Repeatable: every statement is an upsert.

INSERT INTO indicator (key, name_de, name_en, definition, unit, kind, category, impact_level, source, derivation, is_public, position, created_by, updated_by) VALUES
  ('portraits_published', 'Veröffentlichte Porträts', 'Portraits published',
   'Anzahl der veröffentlichten Porträts von Kreativschaffenden (#flächenglühen), gezählt am Tag der Veröffentlichung (abgeleitet aus den Porträts).',
   'Porträts', 'FLOW', 'REACH', 'OUTPUT', 'DERIVED', 'PORTRAITS_PUBLISHED', false, 95, 'demo-world', 'demo-world')
ON CONFLICT (key) DO UPDATE SET name_de = EXCLUDED.name_de, name_en = EXCLUDED.name_en, definition = EXCLUDED.definition,
  unit = EXCLUDED.unit, kind = EXCLUDED.kind, category = EXCLUDED.category, impact_level = EXCLUDED.impact_level,
  source = EXCLUDED.source, derivation = EXCLUDED.derivation, is_public = EXCLUDED.is_public, position = EXCLUDED.position,
  updated_at = now(), updated_by = 'demo-world', version = indicator.version + 1;

INSERT INTO portrait (id, title, teaser, interview_markdown, video_url, transcript, photos, town, state, submarkets,
                      organisation_id, tags, status, published_at, created_by, updated_by) VALUES
  ('a7d0c1e2-5f08-4f6e-9c80-000000000001', 'Mira Morgenroth: Siebdruck im Hinterhof (Demo)',
   'Eine Grafikdesignerin druckt in Zwickau Plakate für die Clubs der Region – und lädt Jugendliche in ihre Werkstatt ein.',
   E'## Wie hat alles angefangen?\n\nMit einem geliehenen Rahmen und einem Lastenrad voller Farbeimer. Heute steht im Hinterhof eine richtige Siebdruckwerkstatt.\n\n## Was treibt dich an?\n\nPlakate sind die Stimme der Clubs. Ich will, dass die Szene in **Zwickau** sichtbar bleibt.\n\n## Was wünschst du dir?\n\n- mehr bezahlbare Räume\n- Kooperationen mit Schulen\n- ein Netzwerk, das über die Stadtgrenze reicht\n\n*Mira Morgenroth ist eine erfundene Person der Demo-Welt.*',
   NULL, NULL,
   '[{"url":"https://picsum.photos/seed/kl-siebdruck/800/533","alt":"Frisch gedruckte Plakate hängen zum Trocknen auf einer Leine (Demo-Bild)","credit":"Demo-Bild, picsum.photos"}]',
   'Zwickau', 'SN', '{DESIGN,ADVERTISING}', NULL, '{#flächenglühen,#siebdruck}', 'PUBLISHED', timestamptz '2017-06-30 10:00+02', 'demo-world', 'demo-world'),
  ('a7d0c1e2-5f08-4f6e-9c80-000000000002', 'Jonas Feldmann: Ein Tonstudio im alten Bahnhof (Demo)',
   'In Döbeln hat ein Toningenieur den Wartesaal eines Bahnhofs in ein Tonstudio verwandelt.',
   E'## Warum ausgerechnet ein Bahnhof?\n\nDie Akustik im Wartesaal ist einmalig, und die Miete war bezahlbar. Bands aus Leipzig und Dresden kommen gern für ein Wochenende.\n\n## Herausforderungen?\n\nHeizung, Schallschutz, Denkmalschutz – in dieser Reihenfolge.\n\n*Jonas Feldmann ist eine erfundene Person der Demo-Welt.*',
   'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
   'Jonas Feldmann (Demo) führt durch den Wartesaal. Er zeigt die Aufnahmekabine aus Holz und erzählt, wie die Bands aus Leipzig und Dresden am Wochenende anreisen. Zum Schluss spielt eine Band ein kurzes Stück.',
   '[]', 'Döbeln', 'SN', '{MUSIC}', NULL, '{#flächenglühen}', 'PUBLISHED', timestamptz '2017-07-21 10:00+02', 'demo-world', 'demo-world'),
  ('a7d0c1e2-5f08-4f6e-9c80-000000000003', 'Lene Brandt: Möbel aus Resten (Demo)',
   'Eine Produktdesignerin aus Görlitz baut Möbel aus Holzresten der Oberlausitzer Tischlereien.',
   E'## Was machst du aus Resten?\n\nHocker, Regale, ganze Ladeneinrichtungen. Die Tischlereien sind froh, dass nichts im Ofen landet.\n\n## Vorbilder?\n\nProjekte wie das UpZent in Neunkirchen, wo Design und eine soziale Werkstatt aus Reststoffen der Industrie neue Produkte machen.\n\n*Lene Brandt ist eine erfundene Person der Demo-Welt.*',
   NULL, NULL,
   '[{"url":"https://picsum.photos/seed/kl-moebel/800/533","alt":"Ein Hocker aus verschiedenfarbigen Holzresten in einer Werkstatt (Demo-Bild)","credit":"Demo-Bild, picsum.photos"}]',
   'Görlitz', 'SN', '{DESIGN}', '5b0c2d4e-1a01-4f6e-9c10-000000000005', '{#flächenglühen,#upcycling}', 'PUBLISHED', timestamptz '2017-08-18 10:00+02', 'demo-world', 'demo-world'),
  ('a7d0c1e2-5f08-4f6e-9c80-000000000004', 'Künstlerstadt Kalbe: Aus Leerstand wird Atelier',
   'Wie Künstlerinnen und Künstler auf Zeit leerstehende Häuser einer altmärkischen Kleinstadt beleben.',
   E'Die Künstlerstadt Kalbe holt Künstlerinnen und Künstler auf Zeit in die Altmark. Leerstehende Häuser werden zu Ateliers, Werkstätten und Orten der Begegnung.\n\nDieses Porträt fasst öffentlich bekannte Angaben des Vereins zusammen; die Fragen stellte die Demo-Redaktion.',
   NULL, NULL, '[]', 'Kalbe (Milde)', 'ST', '{ART_MARKET,PERFORMING_ARTS}', '5b0c2d4e-1a01-4f6e-9c10-000000000001',
   '{#flächenglühen,#leerstand}', 'PUBLISHED', timestamptz '2021-06-07 10:00+02', 'demo-world', 'demo-world'),
  ('a7d0c1e2-5f08-4f6e-9c80-000000000005', 'Tarek Haddad: Games aus Plauen (Demo)',
   'Ein kleines Studio entwickelt Lernspiele für Museen – mitten in der Plauener Innenstadt.',
   E'## Warum Plauen?\n\nWeil die Spitze hier zu Hause ist und wir ein Spiel über ihre Geschichte entwickeln.\n\n*Tarek Haddad ist eine erfundene Person der Demo-Welt. Dieses Porträt ist ein Entwurf.*',
   NULL, NULL, '[]', 'Plauen', 'SN', '{SOFTWARE_GAMES}', NULL, '{#flächenglühen}', 'DRAFT', NULL, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, teaser = EXCLUDED.teaser, interview_markdown = EXCLUDED.interview_markdown,
  video_url = EXCLUDED.video_url, transcript = EXCLUDED.transcript, photos = EXCLUDED.photos, town = EXCLUDED.town,
  state = EXCLUDED.state, submarkets = EXCLUDED.submarkets, organisation_id = EXCLUDED.organisation_id, tags = EXCLUDED.tags,
  status = EXCLUDED.status, published_at = EXCLUDED.published_at, updated_at = now(), updated_by = 'demo-world',
  version = portrait.version + 1
  WHERE (portrait.title, portrait.teaser, portrait.interview_markdown, portrait.status, portrait.published_at)
        IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.teaser, EXCLUDED.interview_markdown, EXCLUDED.status, EXCLUDED.published_at);

-- The network trips of 2017 on the public calendar, with their destinations and dates.
INSERT INTO public_event (event_id, is_public, description, starts_at, ends_on, venue, destination, country, partner_event, capacity, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c73-000000000901', true, 'Wir hören uns in der Krakauer Kreativszene um und knüpfen Kontakte für künftige Kooperationen.',
   NULL, '2017-08-26', NULL, 'Krakau', 'PL', NULL, NULL, 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000902', true, 'Austausch mit Kultur- und Kreativschaffenden in Riga.',
   NULL, '2017-09-23', NULL, 'Riga', 'LV', NULL, NULL, 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000903', true, 'Kultur- und Kreativschaffende aus Sachsen lernen anlässlich der designblok die tschechische Designszene kennen.',
   NULL, '2017-10-29', NULL, 'Prag', 'CZ', 'designblok', 14, 'demo-world', 'demo-world')
ON CONFLICT (event_id) DO UPDATE SET is_public = EXCLUDED.is_public, description = EXCLUDED.description, starts_at = EXCLUDED.starts_at,
  ends_on = EXCLUDED.ends_on, venue = EXCLUDED.venue, destination = EXCLUDED.destination, country = EXCLUDED.country,
  partner_event = EXCLUDED.partner_event, capacity = EXCLUDED.capacity, updated_at = now(), updated_by = 'demo-world',
  version = public_event.version + 1;

-- Upcoming events, dated from today, so the calendar always has something ahead; the next designblok trip
-- goes end of October of this year (or next year once this October's is past).
WITH upcoming (n, title, type, days, town, scope_n, starts_at, ends_after, venue, destination, country, partner_event, capacity, description) AS (VALUES
  (1, 'Netzwerkgespräch Kreativwirtschaft Görlitz (Demo)', 'NETWORK_TALK', 1, 'Görlitz', 16, time '18:00', 0, 'Beratungsraum Görlitz (Demo)', NULL, NULL, NULL, 30,
   'Kreative aus der Oberlausitz treffen sich zum Austausch über Räume, Aufträge und Kooperationen.'),
  (2, 'Kreativsprechstunde Plauen (Demo)', 'OWN_EVENT', 3, 'Plauen', 20, time '14:00', 0, 'Beratungsraum Plauen (Demo)', NULL, NULL, NULL, 2,
   'Einzelberatung zu Gründung, Finanzierung und Förderung, je 30 Minuten. Nur zwei Plätze: danach Warteliste.'),
  (3, 'Workshop Fördermittel für Kreative Chemnitz (Demo)', 'WORKSHOP', 9, 'Chemnitz', 13, time '10:00', 0, 'Kreatives Sachsen, Büro Chemnitz', NULL, NULL, NULL, 12,
   'Welche Programme passen zu meinem Vorhaben? Ein Vormittag mit Beispielen und Fragen.'),
  (4, 'Kooperationsveranstaltung Leerstand beleben Zittau (Demo)', 'COOPERATION', 16, 'Zittau', 22, time '17:00', 0, 'Beratungsraum Zittau (Demo)', NULL, NULL, NULL, 40,
   'Gemeinsam mit der Stadt: Wie werden leerstehende Läden zu Ateliers und Werkstätten?'),
  (5, 'Netzwerkgespräch Leipzig (Demo)', 'NETWORK_TALK', 24, 'Leipzig', 19, time '19:00', 0, 'Kreatives Sachsen, Büro Leipzig', NULL, NULL, NULL, NULL,
   'Offenes Netzwerkgespräch ohne Anmeldung.'),
  (6, 'Netzwerkreise Breslau (Demo)', 'TRIP', 40, 'Breslau (Polen)', 1, NULL, 2, NULL, 'Breslau', 'PL', NULL, 10,
   'Drei Tage Austausch mit der Breslauer Kreativszene.')),
next_prague AS (
  SELECT CASE WHEN current_date <= make_date(extract(year FROM current_date)::int, 10, 20)
              THEN make_date(extract(year FROM current_date)::int, 10, 23)
              ELSE make_date(extract(year FROM current_date)::int + 1, 10, 23) END AS day),
rows AS (
  SELECT ('8f3e5a10-4d07-4f6e-9c73-0000000008' || lpad(u.n::text, 2, '0'))::uuid AS id, u.title, u.type, current_date + u.days AS held_on,
         u.town, ('8f3e5a10-4d07-4f6e-9c70-0000000000' || lpad(u.scope_n::text, 2, '0'))::uuid AS scope_id, u.starts_at,
         current_date + u.days + u.ends_after AS ends_on, u.venue, u.destination, u.country, u.partner_event, u.capacity, u.description
  FROM upcoming u
  UNION ALL
  SELECT '8f3e5a10-4d07-4f6e-9c73-000000000807'::uuid, 'Netzwerkreise zur designblok Prag (Demo)', 'TRIP', p.day, 'Prag (Tschechien)',
         '8f3e5a10-4d07-4f6e-9c70-000000000001'::uuid, NULL::time, p.day + 3, NULL, 'Prag', 'CZ', 'designblok', 14,
         'Wie 2017: Kultur- und Kreativschaffende aus Sachsen reisen zur designblok und lernen die tschechische Designszene kennen.'
  FROM next_prague p),
events AS (
  INSERT INTO metric_event (id, title, type, held_on, town, scope_id, participants, created_by, updated_by)
  SELECT id, title, type, held_on, town, scope_id, 0, 'demo-world', 'demo-world' FROM rows
  ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, type = EXCLUDED.type, held_on = EXCLUDED.held_on, town = EXCLUDED.town,
    scope_id = EXCLUDED.scope_id, updated_at = now(), updated_by = 'demo-world', version = metric_event.version + 1
  RETURNING id)
INSERT INTO public_event (event_id, is_public, description, starts_at, ends_on, venue, destination, country, partner_event, capacity, created_by, updated_by)
SELECT r.id, true, r.description, r.starts_at, CASE WHEN r.ends_on > r.held_on THEN r.ends_on END, r.venue, r.destination, r.country,
       r.partner_event, r.capacity, 'demo-world', 'demo-world'
FROM rows r JOIN events e ON e.id = r.id
ON CONFLICT (event_id) DO UPDATE SET is_public = EXCLUDED.is_public, description = EXCLUDED.description, starts_at = EXCLUDED.starts_at,
  ends_on = EXCLUDED.ends_on, venue = EXCLUDED.venue, destination = EXCLUDED.destination, country = EXCLUDED.country,
  partner_event = EXCLUDED.partner_event, capacity = EXCLUDED.capacity, updated_at = now(), updated_by = 'demo-world',
  version = public_event.version + 1;

-- An upcoming cooperation event that is recorded for the figures but not (yet) on the public calendar: staff
-- publish it with a capacity from the web client (e2e public-staff).
INSERT INTO metric_event (id, title, type, held_on, town, scope_id, participants, created_by, updated_by)
VALUES ('8f3e5a10-4d07-4f6e-9c73-000000000830', 'Kooperationsveranstaltung Kreativwirtschaft trifft Handwerk Zittau (Demo)', 'COOPERATION',
        current_date + 20, 'Zittau', '8f3e5a10-4d07-4f6e-9c70-000000000022', 0, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET held_on = EXCLUDED.held_on, type = EXCLUDED.type, updated_at = now(), updated_by = 'demo-world',
  version = metric_event.version + 1;
