-- Demo world: the six best-practice partners of the programme's pilot (public facts only: names,
-- towns, districts, postal codes, approximate town coordinates) and the memberships of the demo
-- users of keycloak/realm-kreativland.json.
-- Repeatable: Flyway re-applies it whenever it changes, so every statement is an upsert.

INSERT INTO organisation (id, name, legal_form, kind, submarkets, settlement_type, postal_code, town, municipality,
                          district, state, latitude, longitude, founding_year, team_size, website, summary,
                          description, requested_topics, programme_role) VALUES
  ('5b0c2d4e-1a01-4f6e-9c10-000000000001', 'Künstlerstadt Kalbe e.V.', 'e.V.', 'ASSOCIATION',
   '{ART_MARKET,PERFORMING_ARTS}', 'SMALL_SMALL_TOWN', '39624', 'Kalbe (Milde)', 'Kalbe (Milde)',
   'Altmarkkreis Salzwedel', 'ST', 52.6556, 11.3853, NULL, NULL, NULL,
   'Künstlerinnen und Künstler beleben leerstehende Gebäude der altmärkischen Kleinstadt.',
   'Die Künstlerstadt Kalbe holt Künstlerinnen und Künstler auf Zeit in die Altmark. Leerstehende Häuser werden zu Ateliers, Werkstätten und Orten der Begegnung; aus Leerstand wird ein Ort, an dem Kunst und Stadtgesellschaft zusammenkommen.',
   '{FINANCING,BUILDING_LAW}', 'BEST_PRACTICE'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000002', 'Künstlerkolonie Fichtelgebirge e.V.', 'e.V.', 'NETWORK',
   '{MUSIC,BOOK_MARKET,ART_MARKET,FILM,BROADCASTING,PERFORMING_ARTS,DESIGN,ARCHITECTURE,PRESS,ADVERTISING,SOFTWARE_GAMES}',
   'SMALL_SMALL_TOWN', '95632', 'Wunsiedel', 'Wunsiedel', 'Landkreis Wunsiedel im Fichtelgebirge', 'BY',
   50.0397, 12.0036, 2012, NULL, NULL,
   'Seit 2012 ein Netzwerk von Kreativen im Landkreis Wunsiedel mit rund 120 Mitgliedern aus allen elf Teilmärkten.',
   'Die Künstlerkolonie Fichtelgebirge vernetzt seit 2012 Kreative im ländlichen Nordosten Bayerns. Rund 120 Mitglieder aus allen elf Teilmärkten der Kultur- und Kreativwirtschaft arbeiten gemeinsam an Projekten, Ausstellungen und Veranstaltungen in der Region.',
   '{ORGANISATION_DEVELOPMENT,MARKETING}', 'BEST_PRACTICE'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000003', 'Haldern Pop', NULL, 'CREATIVE_BUSINESS',
   '{MUSIC}', 'MEDIUM_TOWN', '46459', 'Rees', 'Rees', 'Kreis Kleve', 'NW', 51.7760, 6.4700, NULL, NULL,
   'https://haldernpop.com', 'Ein Musikfestival im Dorf Haldern am Niederrhein.',
   'Haldern Pop ist ein Musikfestival im Dorf Haldern, einem Ortsteil von Rees am Niederrhein. Aus dem Festival sind über die Jahre weitere Angebote im Dorf gewachsen.',
   '{DIGITAL_INFRASTRUCTURE}', 'BEST_PRACTICE'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000004', 'Kulturfeld Eschwege', NULL, 'OTHER',
   '{OTHER}', 'LARGER_SMALL_TOWN', '37269', 'Eschwege', 'Eschwege', 'Werra-Meißner-Kreis', 'HE', 51.1881, 10.0528,
   NULL, NULL, NULL, 'Kulturelle Arbeit in der nordhessischen Kreisstadt Eschwege.',
   'Kulturfeld Eschwege ist einer der sechs Beste-Praxis-Partner von KreativLandTransfer in der nordhessischen Kreisstadt Eschwege.',
   '{OFFER_DEVELOPMENT}', 'BEST_PRACTICE'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000005', 'UpZent: Upcycling Zentrum', NULL, 'OTHER',
   '{DESIGN}', 'MEDIUM_TOWN', '66538', 'Neunkirchen', 'Neunkirchen', 'Landkreis Neunkirchen', 'SL', 49.3447, 7.1800,
   NULL, NULL, NULL,
   'Designerinnen, Designer und eine soziale Werkstatt machen aus Resten der örtlichen Industrie neue Produkte.',
   'Im UpZent arbeiten Designerinnen und Designer mit einer sozialen Werkstatt zusammen: Aus Resten und Reststoffen der örtlichen Industrie entstehen neue Produkte.',
   '{MARKETING,FINANCING}', 'BEST_PRACTICE'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000006', 'E-WERK Luckenwalde', NULL, 'OTHER',
   '{ART_MARKET,PERFORMING_ARTS}', 'MEDIUM_TOWN', '14943', 'Luckenwalde', 'Luckenwalde', 'Landkreis Teltow-Fläming',
   'BB', 52.0875, 13.1681, NULL, NULL, NULL, 'Ein Kunstzentrum in einem ehemaligen Elektrizitätswerk.',
   'Das E-WERK Luckenwalde ist ein Kunstzentrum in einem ehemaligen Elektrizitätswerk der Stadt Luckenwalde.',
   '{BUILDING_LAW,DIGITAL_INFRASTRUCTURE}', 'BEST_PRACTICE')
ON CONFLICT (id) DO UPDATE SET
  name = EXCLUDED.name, legal_form = EXCLUDED.legal_form, kind = EXCLUDED.kind, submarkets = EXCLUDED.submarkets,
  settlement_type = EXCLUDED.settlement_type, postal_code = EXCLUDED.postal_code, town = EXCLUDED.town,
  municipality = EXCLUDED.municipality, district = EXCLUDED.district, state = EXCLUDED.state,
  latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, founding_year = EXCLUDED.founding_year,
  team_size = EXCLUDED.team_size, website = EXCLUDED.website, summary = EXCLUDED.summary,
  description = EXCLUDED.description, requested_topics = EXCLUDED.requested_topics,
  programme_role = EXCLUDED.programme_role, updated_at = now(), updated_by = 'demo-world',
  version = organisation.version + 1;

-- Invented contact persons, plainly demo data.
INSERT INTO contact_person (id, organisation_id, name, function, email, phone, created_by, updated_by) VALUES
  ('6d2f0a11-3b02-4c7e-8d20-000000000001', '5b0c2d4e-1a01-4f6e-9c10-000000000001', 'Karla Kontakt (Demo)',
   'Vorstand', 'karla.kontakt@demo.kreativland.example', '+49 30 0000001', 'demo-world', 'demo-world'),
  ('6d2f0a11-3b02-4c7e-8d20-000000000002', '5b0c2d4e-1a01-4f6e-9c10-000000000002', 'Felix Fichte (Demo)',
   'Geschäftsführung', 'felix.fichte@demo.kreativland.example', '+49 30 0000002', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, function = EXCLUDED.function, email = EXCLUDED.email,
  phone = EXCLUDED.phone, updated_at = now(), updated_by = 'demo-world', version = contact_person.version + 1;

-- Demo users (ids fixed in the realm file): partner → Kalbe, partner2 → Fichtelgebirge.
INSERT INTO organisation_membership (subject, organisation_id, created_by) VALUES
  ('7c1d6a52-0d1e-4c1a-9a01-000000000004', '5b0c2d4e-1a01-4f6e-9c10-000000000001', 'demo-world'),
  ('7c1d6a52-0d1e-4c1a-9a01-000000000005', '5b0c2d4e-1a01-4f6e-9c10-000000000002', 'demo-world')
ON CONFLICT DO NOTHING;
