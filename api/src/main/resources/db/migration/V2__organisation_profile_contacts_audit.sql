-- The full organisation profile, its contact persons (personal data), expertise topics and the audit log.

CREATE TABLE expertise_topic (
    key       text PRIMARY KEY CHECK (key ~ '^[A-Z_]+$'),
    name_de   text NOT NULL,
    name_en   text NOT NULL,
    position  int  NOT NULL
);
INSERT INTO expertise_topic (key, name_de, name_en, position) VALUES
  ('ORGANISATION_DEVELOPMENT', 'Organisationsentwicklung', 'Organisation development', 1),
  ('FINANCING', 'Finanzierung', 'Financing', 2),
  ('MARKETING', 'Marketing', 'Marketing', 3),
  ('BUILDING_LAW', 'Baurecht', 'Building law', 4),
  ('OFFER_DEVELOPMENT', 'Angebotsentwicklung', 'Offer development', 5),
  ('DIGITAL_INFRASTRUCTURE', 'Digitale Infrastruktur', 'Digital infrastructure', 6);

ALTER TABLE organisation
    ADD COLUMN legal_form       text CHECK (length(legal_form) <= 60),
    ADD COLUMN kind             text NOT NULL DEFAULT 'OTHER' CHECK (kind IN
        ('CREATIVE_BUSINESS','ASSOCIATION','SOCIOCULTURAL_CENTRE','YOUTH_EDUCATION','NETWORK','MUNICIPALITY','OTHER')),
    ADD COLUMN submarkets       text[] NOT NULL DEFAULT '{}' CHECK (submarkets <@ ARRAY[
        'MUSIC','BOOK_MARKET','ART_MARKET','FILM','BROADCASTING','PERFORMING_ARTS','DESIGN','ARCHITECTURE',
        'PRESS','ADVERTISING','SOFTWARE_GAMES','OTHER']::text[]),
    ADD COLUMN settlement_type  text CHECK (settlement_type IN
        ('LARGE_CITY','MEDIUM_TOWN','LARGER_SMALL_TOWN','SMALL_SMALL_TOWN','RURAL_MUNICIPALITY')),
    ADD COLUMN street           text CHECK (length(street) <= 200),
    ADD COLUMN postal_code      text CHECK (postal_code ~ '^[0-9]{5}$'),
    ADD COLUMN municipality     text CHECK (length(municipality) <= 120),
    ADD COLUMN district         text CHECK (length(district) <= 120),
    ADD COLUMN latitude         double precision CHECK (latitude BETWEEN 47 AND 55.1),
    ADD COLUMN longitude        double precision CHECK (longitude BETWEEN 5.8 AND 15.1),
    ADD COLUMN founding_year    int CHECK (founding_year BETWEEN 1800 AND 2100),
    ADD COLUMN team_size        int CHECK (team_size BETWEEN 0 AND 100000),
    ADD COLUMN description      text CHECK (length(description) <= 20000),
    ADD COLUMN requested_topics text[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT organisation_summary_length CHECK (length(summary) <= 500),
    ADD COLUMN search           tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary, '') || ' ' || coalesce(town, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(description, '')), 'C')) STORED;

CREATE INDEX organisation_search_idx ON organisation USING gin (search);
CREATE INDEX organisation_submarkets_idx ON organisation USING gin (submarkets);
CREATE INDEX organisation_kind_idx ON organisation (kind);
CREATE INDEX organisation_settlement_type_idx ON organisation (settlement_type);
CREATE INDEX organisation_town_idx ON organisation (town, id);
CREATE INDEX organisation_founding_year_idx ON organisation (founding_year, id);

-- Contact persons are personal data: only staff and the organisation's own members see them.
CREATE TABLE contact_person (
    id               uuid PRIMARY KEY,
    organisation_id  uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    function         text        CHECK (length(function) <= 200),
    email            text        CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    phone            text        CHECK (length(phone) <= 40),
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL
);
CREATE INDEX contact_person_organisation_idx ON contact_person (organisation_id, name);

-- Who changed what and when, for every write.
CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    entity_type  text        NOT NULL,
    entity_id    text        NOT NULL,
    action       text        NOT NULL,
    details      jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, at);
