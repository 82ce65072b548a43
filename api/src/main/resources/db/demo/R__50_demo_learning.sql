-- Demo world: the learning space. Fourteen published modules across the six expertise topics
-- (one for programme participants only), one draft by Clara Coach (the demo user `coach`), and
-- two learning paths. Authors are the demo coaches of R__20 and the six best-practice partners of
-- R__10 (only public facts about them). Repeatable: every statement is an upsert, and the demo
-- modules' authors and the demo paths' modules are rewritten whenever this file changes.

INSERT INTO learning_module (id, slug, title, summary, body_markdown, format, topics, submarkets, level, estimated_minutes,
                             licence, visibility, status, published_at, created_by, updated_by) VALUES
  ('8e1a0f3c-4d05-4b7e-9c50-000000000001', 'foerderung-fuer-kulturprojekte-im-laendlichen-raum',
   'Förderung für Kulturprojekte im ländlichen Raum finden',
   'Welche Förderprogramme von Land, Bund, EU und Stiftungen zu einem Kulturprojekt auf dem Land passen, und wie Sie in einem Nachmittag eine Übersicht bekommen.',
   E'## Worum es geht\n\nDie passende Förderung zu finden kostet Zeit. Wer systematisch sucht, findet für fast jedes Kulturprojekt im ländlichen Raum mehrere Töpfe.\n\n## Vorgehen\n\n1. **Projekt in drei Sätzen beschreiben**: Was, für wen, wo?\n2. **Förderdatenbanken durchsuchen**: die Förderdatenbank des Bundes, die Kulturförderung Ihres Landes und die Programme der Landkreise.\n3. **Stiftungen prüfen**: Regionale Sparkassen- und Bürgerstiftungen fördern oft kleine Beträge unbürokratisch.\n4. **LEADER-Region fragen**: Die Regionalmanagements kennen die Förderung aus dem ELER-Fonds und beraten kostenlos.\n\n## Typische Stolpersteine\n\n- Der Eigenanteil wird unterschätzt: Planen Sie 10 bis 20 Prozent ein.\n- Kein vorzeitiger Maßnahmebeginn: Verträge erst nach dem Bescheid unterschreiben.\n\n> Tipp: Legen Sie eine Tabelle mit Fristen an. Viele Förderungen haben Stichtage im Frühjahr.',
   'ARTICLE', ARRAY['FINANCING'], ARRAY['OTHER'], 'BEGINNER', 20, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-03-03 10:00+01', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000002', 'finanzplan-fuer-ein-kulturprojekt-aufstellen',
   'Finanzplan für ein Kulturprojekt aufstellen',
   'Eine Vorlage für Kosten- und Finanzierungsplan, wie ihn Zuwendungsgeber erwarten, mit Beispielzahlen eines Sommerfestivals.',
   E'## Aufbau eines Finanzplans\n\nEin Kosten- und Finanzierungsplan hat zwei Seiten, die sich ausgleichen müssen.\n\n| Ausgaben | Einnahmen |\n|---|---|\n| Honorare | Eintritt |\n| Technik | Förderung |\n| Öffentlichkeitsarbeit | Eigenmittel |\n\n## Schritt für Schritt\n\n1. Alle Ausgaben mit Angeboten belegen.\n2. Einnahmen vorsichtig schätzen.\n3. Eigenleistung (Ehrenamt) nur angeben, wenn der Fördergeber sie anerkennt.\n\nDie Vorlage als Tabelle hängt an diesem Modul.',
   'TEMPLATE', ARRAY['FINANCING'], ARRAY['MUSIC','PERFORMING_ARTS'], 'INTERMEDIATE', 45, 'CC_BY_4_0', 'PUBLIC', 'PUBLISHED', '2025-03-10 10:00+01', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000003', 'checkliste-leerstand-zwischennutzen',
   'Checkliste: Leerstand zwischennutzen',
   'Vom ersten Gespräch mit der Eigentümerin bis zur Schlüsselübergabe: was vor einer Zwischennutzung geklärt sein muss.',
   E'## Vor dem ersten Gespräch\n\n- [ ] Wem gehört das Gebäude? (Grundbuch, Gemeinde fragen)\n- [ ] Was soll dort passieren, wie oft, mit wie vielen Menschen?\n\n## Vertrag\n\n- [ ] Nutzungsvertrag mit Laufzeit und Kündigungsfrist\n- [ ] Nebenkosten und Versicherung geregelt\n- [ ] Verkehrssicherungspflicht geklärt\n\n## Bauordnung\n\n- [ ] Ist eine Nutzungsänderung genehmigungspflichtig? (Bauamt fragen)\n- [ ] Rettungswege und Brandschutz für Veranstaltungen',
   'CHECKLIST', ARRAY['BUILDING_LAW'], ARRAY['ART_MARKET','PERFORMING_ARTS'], 'BEGINNER', 15, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-04-01 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000004', 'nutzungsaenderung-vom-laden-zum-atelier',
   'Nutzungsänderung und Brandschutz: vom Laden zum Atelier',
   'Wann aus einem leeren Laden ein Atelier oder Veranstaltungsraum werden darf, welche Unterlagen das Bauamt sehen will und wie lange es dauert.',
   E'## Genehmigungspflicht\n\nWird ein Laden zum Atelier, ändert sich die Nutzung. Ob eine Baugenehmigung nötig ist, regelt die Landesbauordnung.\n\n## Unterlagen\n\n- Bauantrag mit Grundriss und Nutzungsbeschreibung\n- Brandschutznachweis, ab 200 Personen meist nach Versammlungsstättenverordnung\n- Stellplatznachweis oder Ablöse\n\n## Dauer\n\nRechnen Sie mit drei Monaten. Ein Vorgespräch im Bauamt spart oft Wochen.',
   'ARTICLE', ARRAY['BUILDING_LAW'], ARRAY['ART_MARKET','DESIGN'], 'ADVANCED', 40, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-04-15 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000005', 'fallstudie-kuenstlerstadt-kalbe',
   'Fallstudie Künstlerstadt Kalbe: Leerstand mit Residenzen beleben',
   'Wie ein Verein in Kalbe (Milde) leere Häuser mit Künstlerresidenzen füllt, und was andere Kleinstädte davon übernehmen können.',
   E'## Ausgangslage\n\nKalbe (Milde) in der Altmark hat, wie viele Kleinstädte, leerstehende Häuser. Die Künstlerstadt Kalbe lädt Künstlerinnen und Künstler ein, dort zu wohnen und zu arbeiten.\n\n## Was übertragbar ist\n\n- Leerstand als Ressource sehen, nicht als Problem\n- Residenzen mit der Stadtgesellschaft verbinden: offene Ateliers, Feste\n- Partnerschaft mit Eigentümern und Gemeinde\n\n## Weiterlesen\n\nDas Transferkonzept der Künstlerstadt beschreibt die Schritte im Detail.',
   'CASE_STUDY', ARRAY['ORGANISATION_DEVELOPMENT','BUILDING_LAW'], ARRAY['ART_MARKET','PERFORMING_ARTS'], 'INTERMEDIATE', 30, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-05-05 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000006', 'kreativnetzwerk-in-der-region-gruenden',
   'Ein Kreativnetzwerk in der Region gründen und tragen',
   'Was ein regionales Netzwerk von Kreativen zusammenhält: Anlässe, Rollen, Kommunikation und ein tragfähiges Vereinsmodell.',
   E'## Warum ein Netzwerk\n\nAuf dem Land arbeiten Kreative oft allein. Ein Netzwerk schafft Aufträge, Austausch und eine gemeinsame Stimme gegenüber Politik und Verwaltung.\n\n## Bausteine\n\n1. **Regelmäßige Anlässe**: Stammtisch, offene Werkstätten, eine jährliche Messe\n2. **Klare Rollen**: Wer lädt ein, wer pflegt die Mitgliederliste?\n3. **Rechtsform**: Ein eingetragener Verein macht Förderung und Versicherung einfacher.\n\nDie Künstlerkolonie Fichtelgebirge zeigt, wie ein Netzwerk über alle Teilmärkte wächst.',
   'ARTICLE', ARRAY['ORGANISATION_DEVELOPMENT'], ARRAY['ART_MARKET','DESIGN','MUSIC','OTHER'], 'BEGINNER', 25, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-05-20 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000007', 'rollen-und-verantwortung-im-verein-klaeren',
   'Rollen und Verantwortung im Verein klären',
   'Eine Checkliste für Vorstand und Aktive: wer entscheidet was, wer haftet, und wie Aufgaben übergeben werden. Für Programmteilnehmende.',
   E'## Vorstand\n\n- [ ] Aufgabenverteilung schriftlich festgehalten\n- [ ] Vertretung bei Abwesenheit geregelt\n- [ ] Haftung und Versicherung geprüft\n\n## Aktive\n\n- [ ] Ansprechpersonen für jedes Projekt\n- [ ] Übergabe-Notizen, wenn jemand aufhört\n\n## Finanzen\n\n- [ ] Kassenprüfung einmal im Jahr\n- [ ] Verwendungsnachweise für jede Förderung fristgerecht',
   'CHECKLIST', ARRAY['ORGANISATION_DEVELOPMENT','FINANCING'], ARRAY['OTHER'], 'BEGINNER', 15, 'CC_BY_SA_4_0', 'PARTICIPANTS', 'PUBLISHED', '2025-06-02 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000008', 'ein-festival-im-dorf-bekannt-machen',
   'Ein Festival im Dorf bekannt machen',
   'Wie ein Musikfestival in einem Dorf am Niederrhein Publikum aus ganz Europa gewinnt und die Nachbarschaft mitnimmt.',
   E'## Das Dorf als Marke\n\nHaldern Pop verbindet Musik mit dem Ort: Das Dorf ist Teil der Geschichte, die das Festival erzählt.\n\n## Maßnahmen\n\n- Eine Geschichte, die zum Ort passt\n- Newsletter und soziale Medien das ganze Jahr, nicht nur vor dem Festival\n- Nachbarschaft einbinden: Vereine, Gastronomie, Unterkünfte\n\n## Kennzahlen\n\nZählen Sie Abonnenten, Reichweite und Herkunft des Publikums, um zu sehen, was wirkt.',
   'CASE_STUDY', ARRAY['MARKETING'], ARRAY['MUSIC'], 'INTERMEDIATE', 30, 'ALL_RIGHTS_RESERVED', 'PUBLIC', 'PUBLISHED', '2025-06-16 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000009', 'pressearbeit-fuer-kleine-kulturorte',
   'Pressearbeit für kleine Kulturorte',
   'Vorlagen für Pressemitteilung, Terminankündigung und Presseverteiler, mit denen ein kleines Team Lokalzeitung und Radio erreicht.',
   E'## Die Pressemitteilung\n\n- Überschrift: Wer macht was, wann, wo?\n- Erster Absatz beantwortet die W-Fragen\n- Ein Zitat einer Person aus dem Projekt\n- Kontakt für Rückfragen\n\n## Der Verteiler\n\nLokalzeitung, Anzeigenblätter, Regionalradio, Gemeindeblatt, Veranstaltungskalender des Landkreises.\n\n## Timing\n\nTermine drei Wochen vorher ankündigen, eine Woche vorher erinnern.',
   'TEMPLATE', ARRAY['MARKETING'], ARRAY['PRESS','PERFORMING_ARTS'], 'BEGINNER', 20, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-07-01 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000010', 'aus-industrieresten-produkte-entwickeln',
   'Aus Industrieresten Produkte entwickeln',
   'Wie Designerinnen und eine soziale Werkstatt in Neunkirchen aus Resten der örtlichen Industrie Produkte machen und verkaufen.',
   E'## Idee\n\nDas Upcycling Zentrum (UpZent) in Neunkirchen sammelt Reststoffe regionaler Betriebe und entwickelt daraus mit Designerinnen Produkte.\n\n## Vom Rest zum Produkt\n\n1. Reststoffe und Mengen mit den Betrieben erfassen\n2. Prototypen in offenen Werkstätten entwickeln\n3. Kleinserien in der sozialen Werkstatt fertigen\n4. Verkauf im Laden, online und auf Märkten\n\n## Übertragbar\n\nJede Region hat Industrie- oder Handwerksreste. Der erste Schritt ist ein Gespräch mit drei Betrieben.',
   'CASE_STUDY', ARRAY['OFFER_DEVELOPMENT'], ARRAY['DESIGN'], 'INTERMEDIATE', 35, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-07-14 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000011', 'formate-fuer-neue-zielgruppen-entwickeln',
   'Formate für neue Zielgruppen entwickeln',
   'Mit kleinen Experimenten herausfinden, welche Angebote Jugendliche, Familien oder Zugezogene an einen Kulturort bringen.',
   E'## Zielgruppe verstehen\n\nSprechen Sie mit fünf Menschen aus der Zielgruppe, bevor Sie planen.\n\n## Experimente\n\n- Ein Format, ein Termin, eine Frage: Kommen Menschen wieder?\n- Kooperation mit Schulen, Jugendzentren und Sportvereinen\n\n## Auswerten\n\nZählen, fragen, anpassen. Ein Format, das nach drei Terminen niemand vermisst, darf enden.',
   'ARTICLE', ARRAY['OFFER_DEVELOPMENT'], ARRAY['PERFORMING_ARTS','OTHER'], 'INTERMEDIATE', 25, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-08-04 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000012', 'digitale-grundausstattung-fuer-kleine-kulturvereine',
   'Digitale Grundausstattung für kleine Kulturvereine',
   'Welche digitalen Werkzeuge ein kleiner Verein wirklich braucht: Internetanschluss, Vereinssoftware, gemeinsame Ablage, Datenschutz.',
   E'## Grundlagen\n\n- [ ] Internetanschluss am Kulturort (Breitband oder Mobilfunk-Router)\n- [ ] Gemeinsame Ablage mit Rechten für Vorstand und Aktive\n- [ ] Vereinssoftware für Mitglieder und Beiträge\n\n## Datenschutz\n\n- [ ] Verzeichnis der Verarbeitungstätigkeiten\n- [ ] Einwilligungen für Fotos und Newsletter\n\n## Förderung\n\nFür Hardware gibt es in vielen Ländern Digitalisierungsprogramme für Vereine.',
   'CHECKLIST', ARRAY['DIGITAL_INFRASTRUCTURE'], ARRAY['OTHER'], 'BEGINNER', 20, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-08-18 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000013', 'video-online-anmeldung-fuer-workshops',
   'Video: Online-Anmeldung für Workshops einrichten',
   'Ein zwölfminütiges Video zeigt, wie ein Verein Anmeldungen mit einem datensparsamen Formular statt per E-Mail-Liste sammelt.',
   E'## Im Video\n\n1. Formular mit Name, E-Mail und Platzanzahl anlegen\n2. Bestätigungsmail und Warteliste einrichten\n3. Daten nach der Veranstaltung löschen\n\nDas Video: <https://video.example.org/kreativland/online-anmeldung>\n\nUntertitel auf Deutsch und Englisch.',
   'VIDEO_LINK', ARRAY['DIGITAL_INFRASTRUCTURE'], ARRAY['SOFTWARE_GAMES','OTHER'], 'BEGINNER', 12, 'CC0_1_0', 'PUBLIC', 'PUBLISHED', '2025-09-01 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000014', 'fallstudie-e-werk-luckenwalde',
   'Fallstudie E-WERK Luckenwalde: ein Kraftwerk als Kunstort',
   'Ein ehemaliges Kraftwerk wird Kunstzentrum: wie Programm, Betrieb und Finanzierung zusammenpassen.',
   E'## Der Ort\n\nDas E-WERK Luckenwalde in Brandenburg ist ein Kunstzentrum in einem ehemaligen Kraftwerk.\n\n## Finanzierung\n\nEin großer Ort braucht eine Mischung: öffentliche Förderung für das Programm, Einnahmen aus Vermietung und Gastronomie, Partnerschaften für Investitionen.\n\n## Angebote\n\nAusstellungen, Residenzen und Veranstaltungen ziehen Publikum aus Berlin und der Region an.',
   'CASE_STUDY', ARRAY['FINANCING','OFFER_DEVELOPMENT'], ARRAY['ART_MARKET'], 'ADVANCED', 30, 'CC_BY_SA_4_0', 'PUBLIC', 'PUBLISHED', '2025-09-15 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000015', 'crowdfunding-fuer-kulturorte',
   'Crowdfunding für Kulturorte (Entwurf)',
   'Entwurf: Wann Crowdfunding eine Förderung ergänzt, und wie eine Kampagne für einen Kulturort geplant wird.',
   E'## Entwurf\n\nCrowdfunding ergänzt die öffentliche Förderung, ersetzt sie aber selten.\n\n- Ziel und Dankeschöns festlegen\n- Unterstützerkreis vorher aufbauen',
   'ARTICLE', ARRAY['FINANCING'], ARRAY['OTHER'], 'BEGINNER', 15, 'CC_BY_SA_4_0', 'PUBLIC', 'DRAFT', NULL, 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  slug = EXCLUDED.slug, title = EXCLUDED.title, summary = EXCLUDED.summary, body_markdown = EXCLUDED.body_markdown,
  format = EXCLUDED.format, topics = EXCLUDED.topics, submarkets = EXCLUDED.submarkets, level = EXCLUDED.level,
  estimated_minutes = EXCLUDED.estimated_minutes, licence = EXCLUDED.licence, visibility = EXCLUDED.visibility,
  status = EXCLUDED.status, published_at = EXCLUDED.published_at, updated_at = now(), updated_by = 'demo-world',
  version = learning_module.version + 1;

-- Coaches ...0001 Clara (the demo user coach), ...0002 Fritz, ...0003 Mara, ...0004 Bernd, ...0005 Anja, ...0006 Dirk.
-- Partners ...0001 Kalbe, ...0002 Fichtelgebirge, ...0003 Haldern Pop, ...0004 Eschwege, ...0005 UpZent, ...0006 E-WERK.
DELETE FROM learning_module_author WHERE module_id::text LIKE '8e1a0f3c-4d05-4b7e-9c50-%';
INSERT INTO learning_module_author (module_id, position, coach_id, organisation_id) VALUES
  ('8e1a0f3c-4d05-4b7e-9c50-000000000001', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000002', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000001', 1, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000006'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000002', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000001', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000003', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000004', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000003', 1, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000001'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000004', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000004', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000005', 0, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000001'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000006', 0, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000002'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000006', 1, '3c0a0c4e-2b02-4f6e-9c20-000000000001', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000007', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000001', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000008', 0, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000003'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000008', 1, '3c0a0c4e-2b02-4f6e-9c20-000000000003', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000009', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000003', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000010', 0, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000005'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000010', 1, '3c0a0c4e-2b02-4f6e-9c20-000000000005', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000011', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000005', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000011', 1, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000004'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000012', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000006', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000013', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000006', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000014', 0, NULL, '5b0c2d4e-1a01-4f6e-9c10-000000000006'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000014', 1, '3c0a0c4e-2b02-4f6e-9c20-000000000002', NULL),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000015', 0, '3c0a0c4e-2b02-4f6e-9c20-000000000001', NULL);

INSERT INTO learning_path (id, slug, title, introduction, visibility, status, published_at, created_by, updated_by) VALUES
  ('8e1a0f3c-4d05-4b7e-9c51-000000000001', 'leerstand-beleben', 'Leerstand beleben',
   E'Leere Läden, Höfe und Fabriken sind auf dem Land oft die größte Chance für Kultur. Dieser Lernpfad führt von der ersten Idee über Vertrag und Bauordnung bis zur Finanzierung, mit dem Beispiel der Künstlerstadt Kalbe.',
   'PUBLIC', 'PUBLISHED', '2025-06-01 10:00+02', 'demo-world', 'demo-world'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000002', 'finanzierung-sichern', 'Finanzierung sichern',
   E'Von der ersten Förderung bis zum tragfähigen Finanzierungsmix: vier Module für Vereine und Initiativen, die ihre Arbeit auf sichere Füße stellen wollen. Das Modul zu Rollen im Verein ist Programmteilnehmenden vorbehalten.',
   'PUBLIC', 'PUBLISHED', '2025-10-01 10:00+02', 'demo-world', 'demo-world')
ON CONFLICT (id) DO UPDATE SET
  slug = EXCLUDED.slug, title = EXCLUDED.title, introduction = EXCLUDED.introduction, visibility = EXCLUDED.visibility,
  status = EXCLUDED.status, published_at = EXCLUDED.published_at, updated_at = now(), updated_by = 'demo-world',
  version = learning_path.version + 1;

DELETE FROM learning_path_module WHERE path_id::text LIKE '8e1a0f3c-4d05-4b7e-9c51-%';
INSERT INTO learning_path_module (path_id, position, module_id) VALUES
  ('8e1a0f3c-4d05-4b7e-9c51-000000000001', 0, '8e1a0f3c-4d05-4b7e-9c50-000000000003'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000001', 1, '8e1a0f3c-4d05-4b7e-9c50-000000000005'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000001', 2, '8e1a0f3c-4d05-4b7e-9c50-000000000004'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000001', 3, '8e1a0f3c-4d05-4b7e-9c50-000000000001'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000002', 0, '8e1a0f3c-4d05-4b7e-9c50-000000000001'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000002', 1, '8e1a0f3c-4d05-4b7e-9c50-000000000002'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000002', 2, '8e1a0f3c-4d05-4b7e-9c50-000000000014'),
  ('8e1a0f3c-4d05-4b7e-9c51-000000000002', 3, '8e1a0f3c-4d05-4b7e-9c50-000000000007');

-- Provenance: modules drawn from the published demo concepts (R__40) name the concept and section.
UPDATE learning_module m SET provenance_concept_id = p.concept_id::uuid, provenance_section = p.section
FROM (VALUES
  ('8e1a0f3c-4d05-4b7e-9c50-000000000003', '5b0c2d4e-1a01-4f6e-9c30-000000000001', 'BUILDING_LAW_AND_PREMISES'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000005', '5b0c2d4e-1a01-4f6e-9c30-000000000001', 'STARTING_SITUATION'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000006', '5b0c2d4e-1a01-4f6e-9c30-000000000002', 'ORGANISATION_AND_TEAM'),
  ('8e1a0f3c-4d05-4b7e-9c50-000000000007', '5b0c2d4e-1a01-4f6e-9c30-000000000002', 'ORGANISATION_AND_TEAM')
) AS p(module_id, concept_id, section)
WHERE m.id = p.module_id::uuid;
