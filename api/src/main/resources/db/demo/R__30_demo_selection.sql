-- Demo world: selection. The pilot's round of 2020 (its six best-practice partners, selected;
-- the jury's single scores are not public, so that round has none) and an open round of 2026
-- with invented candidate organisations, scored by the demo coordinator and the demo coach.
-- Repeatable: every statement is an upsert that restores the demo state.

INSERT INTO organisation (id, name, town, state, programme_role, summary, kind, submarkets, settlement_type, founding_year,
                          created_by, updated_by) VALUES
  ('5b0c2d4e-1a01-4f6e-9c10-000000000101', 'Kulturscheune Beispieldorf (Demo)', 'Beispieldorf', 'MV', 'CANDIDATE',
   'Erfundenes Demo-Projekt: Ein Verein macht aus einer alten Scheune eine Bühne für Theater und Konzerte der umliegenden Dörfer.',
   'SOCIOCULTURAL_CENTRE', '{PERFORMING_ARTS,MUSIC}', 'RURAL_MUNICIPALITY', 2014, 'demo-world', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000102', 'Werkhof Musterstadt (Demo)', 'Musterstadt', 'TH', 'CANDIDATE',
   'Erfundenes Demo-Projekt: Designerinnen und Handwerker teilen sich Werkstätten in einer leerstehenden Schule.',
   'CREATIVE_BUSINESS', '{DESIGN,ARCHITECTURE}', 'SMALL_SMALL_TOWN', 2023, 'demo-world', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000103', 'Medienwerkstatt Testhausen (Demo)', 'Testhausen', 'NI', 'CANDIDATE',
   'Erfundenes Demo-Projekt: Jugendliche drehen Filme und entwickeln Spiele über ihre Region.',
   'YOUTH_EDUCATION', '{FILM,SOFTWARE_GAMES}', 'LARGER_SMALL_TOWN', 2017, 'demo-world', 'demo-world'),
  ('5b0c2d4e-1a01-4f6e-9c10-000000000104', 'Netzwerk Kreativkreis Exempel (Demo)', 'Exempelstadt', 'SN', 'CANDIDATE',
   'Erfundenes Demo-Projekt: Ein Netzwerk verbindet Kreative aus Kunst, Buch und Musik im ganzen Landkreis.',
   'NETWORK', '{ART_MARKET,BOOK_MARKET,MUSIC}', 'RURAL_MUNICIPALITY', 2011, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  name = EXCLUDED.name, town = EXCLUDED.town, state = EXCLUDED.state, programme_role = EXCLUDED.programme_role,
  summary = EXCLUDED.summary, kind = EXCLUDED.kind, submarkets = EXCLUDED.submarkets,
  settlement_type = EXCLUDED.settlement_type, founding_year = EXCLUDED.founding_year,
  updated_at = now(), updated_by = 'demo-world', version = organisation.version + 1;

INSERT INTO selection_round (id, name, description, status, created_at, created_by, updated_at, updated_by) VALUES
  ('9d2f4b6a-7c31-4e58-b0a4-000000002020', 'Auswahlrunde 2020',
   'Nachbildung der Auswahl des Pilotprojekts (2020–23): Eine Jury wählte aus 41 Nominierungen sechs Beste-Praxis-PartnerInnen. '
   || 'Die Einzelbewertungen der Jury sind nicht öffentlich und fehlen hier daher.',
   'CLOSED', '2020-06-01T09:00:00+02', 'demo-world', '2020-12-01T09:00:00+01', 'demo-world'),
  ('9d2f4b6a-7c31-4e58-b0a4-000000002026', 'Auswahlrunde 2026',
   'Demo: offene Runde mit erfundenen Kandidaturen, bewertet von Koordinator und Coach.',
   'OPEN', '2026-09-01T09:00:00+02', 'demo-world', '2026-09-01T09:00:00+02', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  name = EXCLUDED.name, description = EXCLUDED.description, status = EXCLUDED.status,
  updated_at = now(), updated_by = 'demo-world', version = selection_round.version + 1;

INSERT INTO selection_candidate (id, round_id, organisation_id, decision, rationale, decided_at, decided_by, decided_by_name,
                                 created_at, created_by, updated_at, updated_by)
SELECT c.id::uuid, '9d2f4b6a-7c31-4e58-b0a4-000000002020', c.organisation_id::uuid, 'SELECTED', c.rationale,
       '2020-12-01T09:00:00+01', 'demo-world', 'Jury des Pilotprojekts (Demo)',
       '2020-06-01T09:00:00+02', 'demo-world', '2020-12-01T09:00:00+01', 'demo-world'
FROM (VALUES
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002001', '5b0c2d4e-1a01-4f6e-9c10-000000000001',
   'Belebt Leerstand einer Kleinstadt mit Kunst; das Vorgehen lässt sich auf andere Orte übertragen.'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002002', '5b0c2d4e-1a01-4f6e-9c10-000000000002',
   'Gewachsenes Netzwerk aus allen elf Teilmärkten im ländlichen Raum; Netzwerkarbeit ist gut weiterzugeben.'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002003', '5b0c2d4e-1a01-4f6e-9c10-000000000003',
   'Ein Festival, das ein Dorf trägt und prägt; starke Verankerung vor Ort.'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002004', '5b0c2d4e-1a01-4f6e-9c10-000000000004',
   'Kulturarbeit, die eine Kreisstadt und ihr Umland verbindet.'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002005', '5b0c2d4e-1a01-4f6e-9c10-000000000005',
   'Verbindet Design, soziale Arbeit und örtliche Industrie; klares Alleinstellungsmerkmal.'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002006', '5b0c2d4e-1a01-4f6e-9c10-000000000006',
   'Ein Kunstzentrum, das einem Industriedenkmal neues Leben gibt.')
) AS c (id, organisation_id, rationale)
ON CONFLICT (round_id, organisation_id) DO UPDATE SET
  decision = EXCLUDED.decision, rationale = EXCLUDED.rationale, decided_at = EXCLUDED.decided_at,
  decided_by = EXCLUDED.decided_by, decided_by_name = EXCLUDED.decided_by_name, decided_weighted_score = NULL,
  updated_at = now(), updated_by = 'demo-world', version = selection_candidate.version + 1;

-- The open round: every candidate undecided.
INSERT INTO selection_candidate (id, round_id, organisation_id, created_at, created_by, updated_at, updated_by)
SELECT c.id::uuid, '9d2f4b6a-7c31-4e58-b0a4-000000002026', c.organisation_id::uuid,
       '2026-09-01T09:00:00+02', 'demo-world', '2026-09-01T09:00:00+02', 'demo-world'
FROM (VALUES
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002601', '5b0c2d4e-1a01-4f6e-9c10-000000000101'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002602', '5b0c2d4e-1a01-4f6e-9c10-000000000102'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002603', '5b0c2d4e-1a01-4f6e-9c10-000000000103'),
  ('4a7e1c3b-2d5f-4e8a-9b1c-000000002604', '5b0c2d4e-1a01-4f6e-9c10-000000000104')
) AS c (id, organisation_id)
ON CONFLICT (round_id, organisation_id) DO UPDATE SET
  decision = NULL, rationale = NULL, decided_at = NULL, decided_by = NULL, decided_by_name = NULL,
  decided_weighted_score = NULL, updated_at = now(), updated_by = 'demo-world', version = selection_candidate.version + 1;

-- Scores of the open round: per candidate and criterion, the coordinator's and the coach's score
-- and evidence (NULL where that juror has not scored yet). The Exempel network is only partly scored.
INSERT INTO assessment (id, candidate_id, criterion_id, juror_subject, juror_name, score, evidence, created_at, updated_at)
SELECT gen_random_uuid(), c.id, k.id, j.subject, j.name, j.score, j.evidence,
       '2026-10-01T10:00:00+02', '2026-10-01T10:00:00+02'
FROM (VALUES
  ('101', 'EXPERIENCE', 5, 'Verein seit 2014 aktiv, jährliches Programm belegt.', 5, 'Über zehn Jahre durchgehender Spielbetrieb.'),
  ('101', 'CULTURAL_WORK', 5, 'Theater und Konzerte sind der Kern der Arbeit.', 4, 'Klarer Kulturbezug, wenig Angebote aus weiteren Teilmärkten.'),
  ('101', 'RURAL_FOCUS', 5, 'Einziger Veranstaltungsort im Umkreis von 20 km.', 5, 'Publikum kommt aus den umliegenden Dörfern.'),
  ('101', 'PARTICIPATION', 4, 'Ehrenamtliche planen das Programm mit.', 5, 'Dorfbewohner bauen Bühnenbilder und betreiben die Gastronomie.'),
  ('101', 'LONG_TERM_VISION', 4, 'Erbpachtvertrag für die Scheune bis 2040.', 3, 'Finanzierung über 2027 hinaus noch offen.'),
  ('101', 'CAPACITY_TO_TRANSFER', 3, 'Kleines Kernteam, Zeit für Tandems knapp.', 4, 'Zwei Vorstandsmitglieder wollen Tandems begleiten.'),
  ('101', 'TRANSFERABILITY', 4, 'Scheunen gibt es in vielen Dörfern; Modell gut übertragbar.', 4, 'Betriebskonzept ist dokumentiert und einfach.'),
  ('101', 'UNIQUE_SELLING_POINT', 4, 'Bühne in einer denkmalgeschützten Scheune.', 3, 'Ähnliche Projekte gibt es einige.'),
  ('102', 'EXPERIENCE', 2, 'Erst 2023 gegründet.', 1, 'Kaum drei Jahre Erfahrung, Kriterium nicht erfüllt.'),
  ('102', 'CULTURAL_WORK', 4, 'Gestaltung und Handwerk im Mittelpunkt.', 4, 'Design und Architektur als Teilmärkte klar erkennbar.'),
  ('102', 'RURAL_FOCUS', 3, 'Kleinstadt mit großem Einzugsgebiet.', 4, 'Zieht Kreative aus dem ländlichen Umland an.'),
  ('102', 'PARTICIPATION', 3, 'Offene Werkstatttage einmal im Monat.', 3, 'Beteiligung vor allem der Mieterinnen und Mieter.'),
  ('102', 'LONG_TERM_VISION', 4, 'Kaufoption für das Schulgebäude vereinbart.', 4, 'Geschäftsplan für fünf Jahre liegt vor.'),
  ('102', 'CAPACITY_TO_TRANSFER', 2, 'Team noch im Aufbau.', 2, 'Keine Kapazität für Tandems vor 2028.'),
  ('102', 'TRANSFERABILITY', 3, 'Leerstehende Schulen gibt es vielerorts.', 2, 'Hängt stark von der Gemeinde als Eigentümerin ab.'),
  ('102', 'UNIQUE_SELLING_POINT', 5, 'Handwerk und Design unter einem Dach, selten in der Region.', 4, 'Originelle Verbindung von Werkstatt und Showroom.'),
  ('103', 'EXPERIENCE', 4, 'Seit 2017 Projekte mit Schulen.', 4, 'Neun Jahre Erfahrung in der Medienbildung.'),
  ('103', 'CULTURAL_WORK', 3, 'Medienbildung mit kulturellem Anspruch.', 4, 'Filme laufen auf regionalen Festivals.'),
  ('103', 'RURAL_FOCUS', 3, 'Sitz in einer Kleinstadt, Angebote auch in Dörfern.', 3, 'Mobile Werkstatt fährt zweimal im Monat aufs Land.'),
  ('103', 'PARTICIPATION', 5, 'Jugendliche entscheiden über Themen und Formate.', 5, 'Jugendbeirat leitet die Werkstatt mit.'),
  ('103', 'LONG_TERM_VISION', 3, 'Abhängig von jährlichen Fördermitteln.', 3, 'Verstetigung über den Landkreis wird verhandelt.'),
  ('103', 'CAPACITY_TO_TRANSFER', 4, 'Erfahrene Medienpädagoginnen im Team.', 4, 'Hat schon andere Jugendzentren beraten.'),
  ('103', 'TRANSFERABILITY', 5, 'Werkstattkonzept mit Materialkoffer sofort nutzbar.', 4, 'Gut übertragbar, braucht aber Technik.'),
  ('103', 'UNIQUE_SELLING_POINT', 3, 'Spieleentwicklung mit Jugendlichen ist ungewöhnlich.', 3, 'Ähnliche Angebote in Nachbarkreisen.'),
  ('104', 'EXPERIENCE', 5, 'Netzwerk besteht seit 2011.', NULL, NULL),
  ('104', 'CULTURAL_WORK', 4, 'Mitglieder aus Kunst, Buch und Musik.', NULL, NULL),
  ('104', 'RURAL_FOCUS', 5, 'Wirkt im ganzen ländlichen Landkreis.', NULL, NULL)
) AS s (org, criterion, coordinator_score, coordinator_evidence, coach_score, coach_evidence)
JOIN selection_candidate c ON c.round_id = '9d2f4b6a-7c31-4e58-b0a4-000000002026'
                          AND c.organisation_id = ('5b0c2d4e-1a01-4f6e-9c10-000000000' || s.org)::uuid
JOIN selection_criterion k ON k.key = s.criterion
CROSS JOIN LATERAL (VALUES
  ('7c1d6a52-0d1e-4c1a-9a01-000000000002', 'Konrad Koordinator (Demo)', s.coordinator_score, s.coordinator_evidence),
  ('7c1d6a52-0d1e-4c1a-9a01-000000000003', 'Clara Coach (Demo)', s.coach_score, s.coach_evidence)
) AS j (subject, name, score, evidence)
WHERE j.score IS NOT NULL
ON CONFLICT (candidate_id, criterion_id, juror_subject) DO UPDATE SET
  juror_name = EXCLUDED.juror_name, score = EXCLUDED.score, evidence = EXCLUDED.evidence,
  updated_at = EXCLUDED.updated_at, version = assessment.version + 1;
