-- Demo world: the outreach figures of Kreatives Sachsen, the Saxon centre for the cultural and
-- creative industries, opened 2017-06-27 with offices in Chemnitz, Dresden and Leipzig and
-- counselling in the 13 towns of its 100-day report (shared/seeds). Only raw records are stored:
-- single events, single supported initiatives, weekly reach counts and weekly social-media
-- snapshots. The report for 2017-06-27..2017-10-04 computes the seed's figures from them
-- (more than 3,000 actors reached, 13 counselling locations, 80 own events and network talks,
-- 20 network initiatives, 1,280 followers, 1,310 subscribers, 450 group members).
-- A few records of the programme's pilot partners in Bavaria and Saxony-Anhalt (2021) exist
-- so that an advisor limited to Saxony has something not to see.
-- Repeatable: every statement is an upsert; measurements are never changed, only added.

INSERT INTO indicator (key, name_de, name_en, definition, unit, kind, category, impact_level, source, derivation, is_public, position, created_by, updated_by) VALUES
  ('actors_reached', 'Erreichte AkteurInnen', 'Actors reached',
   'Kultur- und Kreativschaffende, die durch Beratung, eigene und Kooperationsveranstaltungen oder Netzwerkgespräche erreicht wurden; wöchentlich gezählt.',
   'Personen', 'FLOW', 'REACH', 'OUTPUT', 'MANUAL', NULL, true, 10, 'demo-world', 'demo-world'),
  ('counselling_locations', 'Beratungsstellen', 'Counselling locations',
   'Orte mit regelmäßiger Beratung, gezählt ab ihrer Eröffnung bis zu ihrer Schließung (abgeleitet aus den Beratungsstellen).',
   'Standorte', 'STOCK', 'COUNSELLING', 'OUTPUT', 'DERIVED', 'COUNSELLING_LOCATIONS', true, 20, 'demo-world', 'demo-world'),
  ('events_held', 'Eigene Veranstaltungen und Netzwerkgespräche', 'Own events and network talks',
   'Anzahl der erfassten eigenen Veranstaltungen, Kooperationsveranstaltungen, Workshops und Netzwerkgespräche (ohne Netzwerkreisen).',
   'Veranstaltungen', 'FLOW', 'EVENTS', 'OUTPUT', 'DERIVED', 'EVENTS_HELD', true, 30, 'demo-world', 'demo-world'),
  ('event_participants', 'Teilnehmende an Veranstaltungen', 'Event participants',
   'Summe der Teilnehmenden aller erfassten Veranstaltungen, Netzwerkgespräche und Reisen.',
   'Personen', 'FLOW', 'EVENTS', 'OUTPUT', 'DERIVED', 'EVENT_PARTICIPANTS', false, 40, 'demo-world', 'demo-world'),
  ('network_initiatives', 'Unterstützte Netzwerkinitiativen', 'Network initiatives supported',
   'Anzahl der Netzwerkinitiativen, die unterstützt wurden, gezählt am Tag der Unterstützung.',
   'Initiativen', 'FLOW', 'NETWORK', 'OUTCOME', 'DERIVED', 'NETWORK_INITIATIVES', true, 50, 'demo-world', 'demo-world'),
  ('facebook_followers', 'Facebook-Follower', 'Facebook followers',
   'Follower der Facebook-Seite zum Stichtag.', 'Follower', 'STOCK', 'SOCIAL_MEDIA', 'OUTPUT', 'MANUAL', NULL, true, 60, 'demo-world', 'demo-world'),
  ('facebook_subscribers', 'Facebook-Abonnenten', 'Facebook subscribers',
   'Abonnentinnen und Abonnenten der Facebook-Seite zum Stichtag.', 'Abonnenten', 'STOCK', 'SOCIAL_MEDIA', 'OUTPUT', 'MANUAL', NULL, true, 70, 'demo-world', 'demo-world'),
  ('group_members', 'Gruppenmitglieder', 'Group members',
   'Mitglieder der Gruppe des Zentrums in sozialen Netzwerken zum Stichtag.', 'Mitglieder', 'STOCK', 'SOCIAL_MEDIA', 'OUTCOME', 'MANUAL', NULL, true, 80, 'demo-world', 'demo-world'),
  ('coaching_hours', 'Coachingstunden', 'Coaching hours',
   'Summe der Dauer der protokollierten Coachingsitzungen der Organisationen mit eigenem Bereich, in Stunden.',
   'Stunden', 'FLOW', 'COUNSELLING', 'INPUT', 'DERIVED', 'COACHING_HOURS', false, 90, 'demo-world', 'demo-world'),
  ('learning_module_views', 'Aufrufe von Lernmodulen', 'Learning-module views',
   'Aufrufe der Lernmodule des virtuellen Lernraums (0, solange der Lernraum keine Aufrufe zählt).',
   'Aufrufe', 'FLOW', 'LEARNING', 'OUTPUT', 'DERIVED', 'LEARNING_MODULE_VIEWS', false, 100, 'demo-world', 'demo-world')
ON CONFLICT (key) DO UPDATE SET
  name_de = EXCLUDED.name_de, name_en = EXCLUDED.name_en, definition = EXCLUDED.definition, unit = EXCLUDED.unit,
  kind = EXCLUDED.kind, category = EXCLUDED.category, impact_level = EXCLUDED.impact_level, source = EXCLUDED.source,
  derivation = EXCLUDED.derivation, is_public = EXCLUDED.is_public, position = EXCLUDED.position,
  updated_at = now(), updated_by = 'demo-world', version = indicator.version + 1;

-- The centre as a whole, and its 13 counselling locations (offices in Chemnitz, Dresden, Leipzig
-- from the opening day; the other towns opened one a week from July).
INSERT INTO metric_scope (id, kind, name, town, state, organisation_id, opened_on, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c70-000000000001', 'PROGRAMME', 'Kreatives Sachsen', NULL, 'SN', NULL, '2017-06-27', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, town = EXCLUDED.town, state = EXCLUDED.state,
  opened_on = EXCLUDED.opened_on, updated_at = now(), updated_by = 'demo-world', version = metric_scope.version + 1;

WITH towns (n, town, opened_on, office) AS (VALUES
  (1, 'Annaberg-Buchholz', date '2017-07-11', false), (2, 'Bautzen', date '2017-07-18', false),
  (3, 'Chemnitz', date '2017-06-27', true), (4, 'Döbeln', date '2017-07-25', false),
  (5, 'Dresden', date '2017-06-27', true), (6, 'Görlitz', date '2017-08-01', false),
  (7, 'Hoyerswerda', date '2017-08-08', false), (8, 'Kamenz', date '2017-08-15', false),
  (9, 'Leipzig', date '2017-06-27', true), (10, 'Plauen', date '2017-08-22', false),
  (11, 'Pirna', date '2017-08-29', false), (12, 'Zittau', date '2017-09-05', false),
  (13, 'Zwickau', date '2017-09-12', false))
INSERT INTO metric_scope (id, kind, name, town, state, organisation_id, opened_on, created_by, updated_by)
SELECT ('8f3e5a10-4d07-4f6e-9c70-0000000000' || (10 + n))::uuid, 'COUNSELLING_LOCATION',
       CASE WHEN office THEN 'Büro und Beratungsstelle ' ELSE 'Beratungsstelle ' END || town,
       town, 'SN', NULL, opened_on, 'demo-world', 'demo-world'
FROM towns
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, town = EXCLUDED.town, state = EXCLUDED.state,
  opened_on = EXCLUDED.opened_on, updated_at = now(), updated_by = 'demo-world', version = metric_scope.version + 1;

-- Where the counselling locations are (town centres, WGS 84, five decimals) for the report's map; the
-- offices in Chemnitz, Dresden and Leipzig are counselling locations too. Idempotent: sets the same values each run.
UPDATE metric_scope s SET latitude = p.latitude, longitude = p.longitude, updated_at = now(), updated_by = 'demo-world',
  version = s.version + 1
FROM (VALUES
  (1, 50.58030, 13.00270), (2, 51.18130, 14.42420), (3, 50.83220, 12.92520), (4, 51.12090, 13.12040),
  (5, 51.05040, 13.73730), (6, 51.15280, 14.98730), (7, 51.43790, 14.23660), (8, 51.26770, 14.09360),
  (9, 51.34040, 12.37470), (10, 50.49520, 12.13780), (11, 50.96250, 13.94060), (12, 50.89640, 14.80700),
  (13, 50.71890, 12.49610)) AS p (n, latitude, longitude)
WHERE s.id = ('8f3e5a10-4d07-4f6e-9c70-0000000000' || (10 + p.n))::uuid
  AND (s.latitude IS DISTINCT FROM p.latitude OR s.longitude IS DISTINCT FROM p.longitude);

-- Two pilot partners outside Saxony (Künstlerkolonie Fichtelgebirge, Bavaria; Künstlerstadt Kalbe, Saxony-Anhalt).
INSERT INTO metric_scope (id, kind, name, town, state, organisation_id, opened_on, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c70-000000000031', 'ORGANISATION', 'Künstlerkolonie Fichtelgebirge e.V.', 'Wunsiedel', 'BY',
   '5b0c2d4e-1a01-4f6e-9c10-000000000002', NULL, 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c70-000000000032', 'ORGANISATION', 'Künstlerstadt Kalbe e.V.', 'Kalbe (Milde)', 'ST',
   '5b0c2d4e-1a01-4f6e-9c10-000000000001', NULL, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, town = EXCLUDED.town, state = EXCLUDED.state,
  updated_at = now(), updated_by = 'demo-world', version = metric_scope.version + 1;

INSERT INTO reporting_period (id, name, starts_on, ends_on, status, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c71-000000000001', 'Erste 100 Tage', '2017-06-27', '2017-10-04', 'LOCKED', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c71-000000000002', 'Zweite 100 Tage', '2017-10-05', '2018-01-12', 'OPEN', 'demo-world', 'demo-world')
ON CONFLICT (id) DO NOTHING;

-- Weekly reach of the centre, 26 weeks from the opening day (each week Tuesday to Monday).
INSERT INTO measurement (id, indicator_key, scope_id, value, valid_from, valid_to, note, entered_by, entered_at)
SELECT ('8f3e5a10-4d07-4f6e-9c72-0000000001' || lpad(w::text, 2, '0'))::uuid, 'actors_reached',
       '8f3e5a10-4d07-4f6e-9c70-000000000001', 190 + (w * 53) % 100,
       date '2017-06-27' + 7 * w, date '2017-06-27' + 7 * w + 6, 'Wochenzählung (Demo)', 'demo-world',
       timestamptz '2017-07-04 09:00+02' + 7 * w * interval '1 day'
FROM generate_series(0, 25) AS w
ON CONFLICT (id) DO NOTHING;

-- One correction: week 4 counted a cooperation event's guests twice.
INSERT INTO measurement (id, indicator_key, scope_id, value, valid_from, valid_to, note, corrects_id, reason, entered_by, entered_at)
SELECT '8f3e5a10-4d07-4f6e-9c72-000000000900', indicator_key, scope_id, value - 12, valid_from, valid_to, note, id,
       'Gäste einer Kooperationsveranstaltung waren doppelt gezählt', 'demo-world', entered_at + interval '2 days'
FROM measurement WHERE id = '8f3e5a10-4d07-4f6e-9c72-000000000103'
ON CONFLICT (id) DO NOTHING;

-- Weekly social-media snapshots; the 15th is taken on day 100 (2017-10-04).
INSERT INTO measurement (id, indicator_key, scope_id, value, as_of, note, entered_by, entered_at)
SELECT ('8f3e5a10-4d07-4f6e-9c72-000000000' || s.n || lpad(k::text, 2, '0'))::uuid, s.key,
       '8f3e5a10-4d07-4f6e-9c70-000000000001',
       CASE WHEN k <= 14 THEN s.start + (s.reached - s.start) * k / 14 ELSE s.reached + s.growth * (k - 14) END,
       date '2017-10-04' + 7 * (k - 14), 'Stichtag (Demo)', 'demo-world',
       (date '2017-10-04' + 7 * (k - 14))::timestamptz + interval '18 hours'
FROM (VALUES (2, 'facebook_followers', 400, 1280, 20), (3, 'facebook_subscribers', 420, 1310, 22),
             (4, 'group_members', 120, 450, 9)) AS s (n, key, start, reached, growth),
     generate_series(0, 26) AS k
ON CONFLICT (id) DO NOTHING;

-- The Bavarian partner's own figures in 2021.
INSERT INTO measurement (id, indicator_key, scope_id, value, valid_from, valid_to, as_of, note, entered_by, entered_at)
SELECT ('8f3e5a10-4d07-4f6e-9c72-0000000005' || lpad(w::text, 2, '0'))::uuid, 'actors_reached',
       '8f3e5a10-4d07-4f6e-9c70-000000000031', 20 + (w * 7) % 15,
       date '2021-03-01' + 7 * w, date '2021-03-01' + 7 * w + 6, NULL, 'Wochenzählung (Demo)', 'demo-world',
       timestamptz '2021-03-08 09:00+01' + 7 * w * interval '1 day'
FROM generate_series(0, 9) AS w
ON CONFLICT (id) DO NOTHING;
INSERT INTO measurement (id, indicator_key, scope_id, value, as_of, note, entered_by, entered_at) VALUES
  ('8f3e5a10-4d07-4f6e-9c72-000000000601', 'facebook_followers', '8f3e5a10-4d07-4f6e-9c70-000000000031', 610, '2021-03-31', 'Stichtag (Demo)', 'demo-world', '2021-03-31 18:00+02'),
  ('8f3e5a10-4d07-4f6e-9c72-000000000602', 'facebook_followers', '8f3e5a10-4d07-4f6e-9c70-000000000031', 655, '2021-06-30', 'Stichtag (Demo)', 'demo-world', '2021-06-30 18:00+02'),
  ('8f3e5a10-4d07-4f6e-9c72-000000000603', 'group_members', '8f3e5a10-4d07-4f6e-9c70-000000000031', 118, '2021-06-30', 'Stichtag (Demo)', 'demo-world', '2021-06-30 18:00+02')
ON CONFLICT (id) DO NOTHING;

-- 80 own events, workshops and network talks in the first 100 days, spread over the 13 towns,
-- then 50 more until mid-December.
WITH towns (n, town) AS (VALUES
  (1, 'Annaberg-Buchholz'), (2, 'Bautzen'), (3, 'Chemnitz'), (4, 'Döbeln'), (5, 'Dresden'), (6, 'Görlitz'),
  (7, 'Hoyerswerda'), (8, 'Kamenz'), (9, 'Leipzig'), (10, 'Plauen'), (11, 'Pirna'), (12, 'Zittau'), (13, 'Zwickau')),
events AS (
  SELECT i, CASE i % 5 WHEN 0 THEN 'NETWORK_TALK' WHEN 1 THEN 'WORKSHOP' WHEN 2 THEN 'NETWORK_TALK' ELSE 'OWN_EVENT' END AS type,
         CASE WHEN i <= 80 THEN date '2017-06-27' + (i - 1) * 99 / 79 ELSE date '2017-10-05' + (i - 81) * 2 END AS held_on,
         (i * 5) % 13 + 1 AS town_n, 12 + (i * 7) % 29 AS participants
  FROM generate_series(1, 130) AS i)
INSERT INTO metric_event (id, title, type, held_on, town, scope_id, participants, created_by, updated_by)
SELECT ('8f3e5a10-4d07-4f6e-9c73-000000000' || lpad(e.i::text, 3, '0'))::uuid,
       CASE e.type WHEN 'NETWORK_TALK' THEN 'Netzwerkgespräch ' WHEN 'WORKSHOP' THEN 'Workshop Kreativwirtschaft ' ELSE 'Kreativsprechstunde ' END
         || t.town || ' (Demo)',
       e.type, e.held_on, t.town, ('8f3e5a10-4d07-4f6e-9c70-0000000000' || (10 + t.n))::uuid, e.participants,
       'demo-world', 'demo-world'
FROM events e JOIN towns t ON t.n = e.town_n
ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, type = EXCLUDED.type, held_on = EXCLUDED.held_on,
  town = EXCLUDED.town, scope_id = EXCLUDED.scope_id, participants = EXCLUDED.participants,
  updated_at = now(), updated_by = 'demo-world', version = metric_event.version + 1;

-- Network trips (not counted as own events) and the Bavarian and Saxony-Anhalt partners' meetings.
INSERT INTO metric_event (id, title, type, held_on, town, scope_id, participants, organisation_ids, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c73-000000000901', 'Netzwerkreise Krakau (Demo)', 'TRIP', '2017-08-24', 'Krakau (Polen)', '8f3e5a10-4d07-4f6e-9c70-000000000001', 3, '{}', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000902', 'Netzwerkreise Riga (Demo)', 'TRIP', '2017-09-21', 'Riga (Lettland)', '8f3e5a10-4d07-4f6e-9c70-000000000001', 2, '{}', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000903', 'Reise zur designblok Prag (Demo)', 'TRIP', '2017-10-27', 'Prag (Tschechien)', '8f3e5a10-4d07-4f6e-9c70-000000000001', 14, '{}', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000911', 'Netzwerktreffen Künstlerkolonie (Demo)', 'NETWORK_TALK', '2021-03-12', 'Wunsiedel', '8f3e5a10-4d07-4f6e-9c70-000000000031', 24, '{5b0c2d4e-1a01-4f6e-9c10-000000000002}', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000912', 'Tandemtreffen Erzgebirge (Demo)', 'NETWORK_TALK', '2021-04-16', 'Wunsiedel', '8f3e5a10-4d07-4f6e-9c70-000000000031', 11, '{5b0c2d4e-1a01-4f6e-9c10-000000000002}', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000913', 'Offene Ateliers Fichtelgebirge (Demo)', 'OWN_EVENT', '2021-05-22', 'Marktredwitz', '8f3e5a10-4d07-4f6e-9c70-000000000031', 180, '{5b0c2d4e-1a01-4f6e-9c10-000000000002}', 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c73-000000000921', 'Leerstandsführung Kalbe (Demo)', 'OWN_EVENT', '2021-06-05', 'Kalbe (Milde)', '8f3e5a10-4d07-4f6e-9c70-000000000032', 45, '{5b0c2d4e-1a01-4f6e-9c10-000000000001}', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, type = EXCLUDED.type, held_on = EXCLUDED.held_on,
  town = EXCLUDED.town, scope_id = EXCLUDED.scope_id, participants = EXCLUDED.participants,
  organisation_ids = EXCLUDED.organisation_ids, updated_at = now(), updated_by = 'demo-world', version = metric_event.version + 1;

-- 20 network initiatives supported in the first 100 days, 6 more until December.
WITH towns (n, town) AS (VALUES
  (1, 'Annaberg-Buchholz'), (2, 'Bautzen'), (3, 'Chemnitz'), (4, 'Döbeln'), (5, 'Dresden'), (6, 'Görlitz'),
  (7, 'Hoyerswerda'), (8, 'Kamenz'), (9, 'Leipzig'), (10, 'Plauen'), (11, 'Pirna'), (12, 'Zittau'), (13, 'Zwickau'))
INSERT INTO network_initiative (id, name, supported_on, scope_id, town, created_by, updated_by)
SELECT ('8f3e5a10-4d07-4f6e-9c74-000000000' || lpad(j::text, 3, '0'))::uuid,
       (ARRAY['Kreativstammtisch', 'Leerstandsbörse', 'Designnetzwerk', 'Runde der Musikwirtschaft', 'Games-Treff'])[j % 5 + 1]
         || ' ' || t.town || ' (Demo)',
       CASE WHEN j <= 20 THEN date '2017-06-30' + (j - 1) * 4 ELSE date '2017-10-10' + (j - 21) * 12 END,
       ('8f3e5a10-4d07-4f6e-9c70-0000000000' || (10 + t.n))::uuid, t.town, 'demo-world', 'demo-world'
FROM generate_series(1, 26) AS j JOIN towns t ON t.n = (j * 3) % 13 + 1
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, supported_on = EXCLUDED.supported_on, scope_id = EXCLUDED.scope_id,
  town = EXCLUDED.town, updated_at = now(), updated_by = 'demo-world', version = network_initiative.version + 1;
INSERT INTO network_initiative (id, name, supported_on, scope_id, town, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c74-000000000901', 'Kreativnetz Fichtelgebirge-Erzgebirge (Demo)', '2021-04-16', '8f3e5a10-4d07-4f6e-9c70-000000000031', 'Wunsiedel', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, supported_on = EXCLUDED.supported_on, scope_id = EXCLUDED.scope_id,
  town = EXCLUDED.town, updated_at = now(), updated_by = 'demo-world', version = network_initiative.version + 1;

-- Targets and baselines of the first 100 days for the centre as a whole.
INSERT INTO indicator_target (id, indicator_key, scope_id, period_id, baseline, target, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c75-000000000001', 'actors_reached', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 0, 2500, 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c75-000000000002', 'events_held', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 0, 60, 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c75-000000000003', 'network_initiatives', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 0, 15, 'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c75-000000000004', 'facebook_followers', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 350, 1000, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET baseline = EXCLUDED.baseline, target = EXCLUDED.target,
  updated_at = now(), updated_by = 'demo-world', version = indicator_target.version + 1;

-- "Version B" of the 100-day report (seed text, German).
INSERT INTO report_narrative (id, scope_id, period_id, position, title, body, created_by, updated_by) VALUES
  ('8f3e5a10-4d07-4f6e-9c76-000000000001', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 1, 'Immer überall',
   'Mittlerweile beraten wir nicht nur in unseren Büros in Chemnitz, Dresden und Leipzig, sondern sind regelmäßig in ganz Sachsen – genauer: in Annaberg-Buchholz, Bautzen, Chemnitz, Döbeln, Dresden, Görlitz, Hoyerswerda, Kamenz, Leipzig, Plauen, Pirna, Zittau und Zwickau –, um die jeweilige Szene vor Ort bei der Stabilisierung und dem Wachstum ihrer Unternehmungen zu unterstützen.',
   'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c76-000000000002', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 2, 'Schneeballeffekt',
   E'In den letzten 100 Tagen hat Kreatives Sachsen mehr als 3.000 AkteurInnen durch 80 eigene und zahlreiche Kooperationsveranstaltungen sowie durch viele großartige Netzwerkgespräche erreicht.\n\nDurch den engen Kontakt mit VertreterInnen aus Wirtschafts- und Kulturförderung, Stadt- und Regionalentwicklung, Fördereinrichtungen, Verbänden, Netzwerken, Kammern und Hochschulen konnten wir bereits 20 Netzwerkinitiativen unterstützen.',
   'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c76-000000000003', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 3, 'In Szene gesetzt',
   'Seit Juni stellen wir unter #flächenglühen regelmäßig Kreativschaffende Sachsens vor. Im Rahmen kurzer Hausbesuche, Büroüberfälle und Raumeroberungen erfragen wir Gründungsintentionen, Unternehmensphilosophien sowie Herausforderungen und Chancen aus der Innenperspektive und präsentieren diese in Videoclips oder Interviews.',
   'demo-world', 'demo-world'),
  ('8f3e5a10-4d07-4f6e-9c76-000000000004', '8f3e5a10-4d07-4f6e-9c70-000000000001', '8f3e5a10-4d07-4f6e-9c71-000000000001', 4, 'Netzwerkreisen',
   'Um es Kultur- und Kreativschaffenden zu ermöglichen, im lokalen, regionalen sowie internationalen Austausch Wissen und Erfahrungen auszutauschen bzw. um zukünftige Kooperationen zu befördern, haben wir uns schon einmal in Krakau (Polen) und Riga (Lettland) umgehört und Kontakte in die jeweilige Szene geknüpft. Ende Oktober schicken wir Kultur- und Kreativschaffende selbst auf die Reise nach Prag, wo sie anlässlich der designblok die tschechische Designszene kennen lernen.',
   'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body, position = EXCLUDED.position,
  updated_at = now(), updated_by = 'demo-world', version = report_narrative.version + 1;
