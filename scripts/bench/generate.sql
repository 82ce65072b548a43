-- `make bench` data: organisations number :first .. :last (psql variables), with their metric scopes,
-- measurements, events, coaches, coaching assignments and sessions, on top of the demo world that the
-- API's migrations load. Ids are derived from the number (md5), so a second call for :first = 10001
-- grows the 10,000 to 100,000 without touching the first ones. Every row goes through the tables'
-- own triggers (the sync feed) like a row the API writes.
--
-- Proportions per organisation: 90 % public partners (best practice or tandem), 10 % candidates;
-- every second one has a metric scope with 4 quarterly reach figures, 1 follower count and 1 event in
-- 2025; every fourth one a coaching assignment with 3 sessions; one coach per 100 organisations.
-- States are drawn in proportion to the Länder's population (Destatis 2023, thousands).
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_state (state char(2), lo int, hi int);
INSERT INTO bench_state
SELECT state, coalesce(sum(people) OVER w, 0) - people, coalesce(sum(people) OVER w, 0)
FROM (VALUES ('NW', 18140), ('BY', 13370), ('BW', 11280), ('NI', 8140), ('HE', 6390), ('RP', 4160), ('SN', 4090),
             ('BE', 3780), ('SH', 2960), ('BB', 2570), ('ST', 2190), ('TH', 2130), ('HH', 1890), ('MV', 1630),
             ('SL', 990), ('HB', 690)) AS p (state, people)
WINDOW w AS (ORDER BY people DESC, state);

CREATE TEMP TABLE bench_org AS
SELECT n, md5('bench-org-' || n)::uuid AS id, s.state,
       (ARRAY['Kunstverein', 'Kulturwerkstatt', 'Designbüro', 'Musikschule', 'Theaterhaus', 'Atelierhaus',
              'Filmwerkstatt', 'Kleinverlag', 'Kreativzentrum', 'Tonstudio', 'Galerie', 'Spieleschmiede'])[1 + n % 12] AS prefix,
       (ARRAY['Annaberg-Buchholz', 'Bautzen', 'Wunsiedel', 'Eschwege', 'Kalbe (Milde)', 'Rees', 'Görlitz', 'Zittau',
              'Prenzlau', 'Neuruppin', 'Husum', 'Meldorf', 'Uelzen', 'Celle', 'Hameln', 'Höxter', 'Olpe', 'Daun',
              'Cochem', 'Merzig', 'Lauterbach', 'Fulda', 'Schwäbisch Hall', 'Tuttlingen', 'Wangen im Allgäu',
              'Passau', 'Cham', 'Kronach', 'Sonneberg', 'Rudolstadt', 'Quedlinburg', 'Salzwedel', 'Pasewalk',
              'Güstrow', 'Plauen', 'Döbeln', 'Pirna', 'Hoyerswerda', 'Kamenz', 'Zwickau'])[1 + (n / 12) % 40] AS town,
       (ARRAY['Keramik', 'Holzbau', 'Druckgrafik', 'Siebdruck', 'Goldschmiede', 'Hörspiel', 'Puppentheater',
              'Fotografie', 'Buchbinderei', 'Weberei', 'Tanz', 'Chormusik', 'Streetart', 'Podcast', 'Architektur',
              'Modedesign', 'Glaskunst', 'Bildhauerei', 'Dokumentarfilm', 'Videospiele', 'Lesungen', 'Jazz',
              'Orgelbau', 'Kalligrafie', 'Zirkus'])[1 + (n / 7) % 25] AS craft,
       timestamptz '2025-01-01 00:00Z' + n * interval '5 minutes' AS changed
FROM generate_series(:first, :last) AS n
JOIN bench_state s ON abs(hashtext('bench-state-' || n)) % 84400 >= s.lo AND abs(hashtext('bench-state-' || n)) % 84400 < s.hi;

INSERT INTO organisation (id, name, legal_form, kind, submarkets, settlement_type, postal_code, town, municipality,
                          district, state, latitude, longitude, founding_year, team_size, website, summary,
                          description, requested_topics, programme_role, created_at, created_by, updated_at, updated_by)
SELECT id, prefix || ' ' || town || ' Nr. ' || n, CASE WHEN n % 3 = 0 THEN 'e.V.' END,
       (ARRAY['CREATIVE_BUSINESS', 'ASSOCIATION', 'SOCIOCULTURAL_CENTRE', 'YOUTH_EDUCATION', 'NETWORK', 'MUNICIPALITY', 'OTHER'])[1 + n % 7],
       ARRAY[(ARRAY['MUSIC', 'BOOK_MARKET', 'ART_MARKET', 'FILM', 'BROADCASTING', 'PERFORMING_ARTS', 'DESIGN',
                    'ARCHITECTURE', 'PRESS', 'ADVERTISING', 'SOFTWARE_GAMES', 'OTHER'])[1 + n % 12]],
       (ARRAY['LARGE_CITY', 'MEDIUM_TOWN', 'LARGER_SMALL_TOWN', 'SMALL_SMALL_TOWN', 'RURAL_MUNICIPALITY'])[1 + n % 5],
       lpad((1067 + n % 98000)::text, 5, '0'), town, town, 'Landkreis ' || town, state,
       47.5 + (n % 700) / 100.0, 6 + (n % 900) / 100.0, 1950 + n % 75, 1 + n % 40,
       CASE WHEN n % 2 = 0 THEN 'https://example.org/bench/' || n END,
       prefix || ' in ' || town || ' mit dem Schwerpunkt ' || craft || '.',
       'Die Initiative arbeitet seit Jahren im ländlichen Raum rund um ' || town || ' und verbindet Kreative, '
         || 'Vereine und Verwaltung. Schwerpunkt ist ' || craft || ': offene Werkstätten, Ausstellungen, '
         || 'Kurse für Kinder und Jugendliche und Beratung für Gründerinnen und Gründer. '
         || repeat('Leerstehende Gebäude werden zu Ateliers und Orten der Begegnung. ', 1 + n % 4),
       ARRAY[(ARRAY['ORGANISATION_DEVELOPMENT', 'FINANCING', 'MARKETING', 'BUILDING_LAW', 'OFFER_DEVELOPMENT',
                    'DIGITAL_INFRASTRUCTURE'])[1 + n % 6]],
       CASE WHEN n % 10 = 9 THEN 'CANDIDATE' WHEN n % 2 = 0 THEN 'BEST_PRACTICE' ELSE 'TANDEM' END,
       changed, 'bench', changed, 'bench'
FROM bench_org;

-- The feed in the order the rows were "changed": one every five minutes from 2025-01-01.
UPDATE sync_change c SET changed_at = b.changed
FROM bench_org b WHERE c.collection = 'organisations' AND c.entity_id = b.id::text;

-- Metric scopes, figures and events for 2025, a locked reporting period so the published report shows them.
INSERT INTO reporting_period (id, name, starts_on, ends_on, status, created_by, updated_by)
VALUES ('b0000000-0000-4000-8000-000000002025', 'Bench 2025', '2025-01-01', '2025-12-31', 'LOCKED', 'bench', 'bench')
ON CONFLICT (id) DO NOTHING;

INSERT INTO metric_scope (id, kind, name, town, state, organisation_id, created_by, updated_by)
SELECT md5('bench-scope-' || n)::uuid, 'ORGANISATION', prefix || ' ' || town || ' Nr. ' || n, town, state, id, 'bench', 'bench'
FROM bench_org WHERE n % 2 = 0;

INSERT INTO measurement (id, indicator_key, scope_id, value, valid_from, valid_to, note, entered_by, entered_at)
SELECT md5('bench-reach-' || n || '-' || q)::uuid, 'actors_reached', md5('bench-scope-' || n)::uuid, 10 + (n * q) % 90,
       (date '2025-01-01' + make_interval(months => 3 * (q - 1)))::date,
       (date '2025-01-01' + make_interval(months => 3 * q))::date - 1, 'Quartalszählung (Bench)', 'bench', changed
FROM bench_org, generate_series(1, 4) AS q WHERE n % 2 = 0;

INSERT INTO measurement (id, indicator_key, scope_id, value, as_of, note, entered_by, entered_at)
SELECT md5('bench-followers-' || n)::uuid, 'facebook_followers', md5('bench-scope-' || n)::uuid, 100 + n % 900,
       date '2025-12-31', 'Stichtag (Bench)', 'bench', changed
FROM bench_org WHERE n % 2 = 0;

INSERT INTO metric_event (id, title, type, held_on, town, scope_id, participants, organisation_ids, created_by, updated_by)
SELECT md5('bench-event-' || n)::uuid, craft || '-Werkstatttag ' || town, (ARRAY['OWN_EVENT', 'NETWORK_TALK', 'WORKSHOP', 'TRIP'])[1 + n % 4],
       date '2025-01-01' + n % 365, town, md5('bench-scope-' || n)::uuid, 5 + n % 120, ARRAY[id], 'bench', 'bench'
FROM bench_org WHERE n % 2 = 0;

-- Coaches (one per 100 organisations), an assignment for every fourth organisation, 3 sessions each.
INSERT INTO coach (id, name, bio, topics, regions, languages, email, created_by, updated_by)
SELECT md5('bench-coach-' || c)::uuid, 'Bench-Coach ' || c, 'Beraterin für Kreativwirtschaft im ländlichen Raum.',
       '{ORGANISATION_DEVELOPMENT,FINANCING,MARKETING}', ARRAY[(SELECT state FROM bench_state ORDER BY lo LIMIT 1 OFFSET c % 16)]::text[],
       '{de}', 'coach' || c || '@example.org', 'bench', 'bench'
FROM generate_series(:first / 100, :last / 100) AS c
ON CONFLICT (id) DO NOTHING;

INSERT INTO coaching_assignment (id, coach_id, organisation_id, topic, hour_budget, created_by, updated_by)
SELECT md5('bench-assignment-' || n)::uuid, md5('bench-coach-' || (n / 100))::uuid, id,
       (ARRAY['ORGANISATION_DEVELOPMENT', 'FINANCING', 'MARKETING', 'BUILDING_LAW', 'OFFER_DEVELOPMENT', 'DIGITAL_INFRASTRUCTURE'])[1 + n % 6],
       20, 'bench', 'bench'
FROM bench_org WHERE n % 4 = 0;

INSERT INTO coaching_session (id, assignment_id, held_on, duration_minutes, topic, format, notes, created_by, updated_by)
SELECT md5('bench-session-' || n || '-' || k)::uuid, md5('bench-assignment-' || n)::uuid, date '2025-01-01' + (n + 97 * k) % 365,
       60 + 30 * (k % 4), (ARRAY['ORGANISATION_DEVELOPMENT', 'FINANCING', 'MARKETING', 'BUILDING_LAW', 'OFFER_DEVELOPMENT', 'DIGITAL_INFRASTRUCTURE'])[1 + n % 6],
       (ARRAY['ON_SITE', 'VIDEO', 'PHONE', 'WORKSHOP'])[1 + (n + k) % 4], 'Sitzung ' || k || ' (Bench)', 'bench', 'bench'
FROM bench_org, generate_series(1, 3) AS k WHERE n % 4 = 0;

SET client_min_messages = error;  -- ANALYZE of the whole database skips the catalogs it may not analyze, with a warning each
ANALYZE;
