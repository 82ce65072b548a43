-- The virtual learning space: learning modules with authors and attachments, learning paths,
-- personal progress of signed-in users and anonymous daily view counts.

-- A module is reached through its stable slug (/learning-modules/{slug}) or its id.
-- Topics are keys of expertise_topic (checked by the API). The body is Markdown as written; the
-- API renders and sanitises it on output, so what is stored is never delivered executable.
-- Provenance names the transfer concept and its section the module draws on. The transfer
-- concept table arrives with V5 in another slice: provenance_concept_id has no foreign key yet
-- (add it in a later migration once transfer_concept exists).
CREATE TABLE learning_module (
    id                     uuid PRIMARY KEY,
    slug                   text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    title                  text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary                text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
    body_markdown          text        NOT NULL DEFAULT '' CHECK (length(body_markdown) <= 100000),
    format                 text        NOT NULL CHECK (format IN ('ARTICLE','CHECKLIST','TEMPLATE','VIDEO_LINK','CASE_STUDY')),
    topics                 text[]      NOT NULL DEFAULT '{}',
    submarkets             text[]      NOT NULL DEFAULT '{}' CHECK (submarkets <@ ARRAY[
        'MUSIC','BOOK_MARKET','ART_MARKET','FILM','BROADCASTING','PERFORMING_ARTS','DESIGN','ARCHITECTURE',
        'PRESS','ADVERTISING','SOFTWARE_GAMES','OTHER']::text[]),
    level                  text        NOT NULL CHECK (level IN ('BEGINNER','INTERMEDIATE','ADVANCED')),
    estimated_minutes      int         NOT NULL CHECK (estimated_minutes BETWEEN 1 AND 6000),
    licence                text        NOT NULL DEFAULT 'CC_BY_SA_4_0'
                                       CHECK (licence IN ('CC_BY_SA_4_0','CC_BY_4_0','CC0_1_0','ALL_RIGHTS_RESERVED')),
    visibility             text        NOT NULL CHECK (visibility IN ('PUBLIC','PARTICIPANTS')),
    status                 text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_REVIEW','PUBLISHED','ARCHIVED')),
    provenance_concept_id  uuid,
    provenance_section     text        CHECK (length(provenance_section) <= 120),
    published_at           timestamptz,
    version                bigint      NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text        NOT NULL DEFAULT 'system',
    updated_at             timestamptz NOT NULL DEFAULT now(),
    updated_by             text        NOT NULL DEFAULT 'system',
    CONSTRAINT learning_module_section_needs_concept CHECK (provenance_section IS NULL OR provenance_concept_id IS NOT NULL),
    search                 tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(summary, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(body_markdown, '')), 'C')) STORED
);
CREATE INDEX learning_module_search_idx ON learning_module USING gin (search);
CREATE INDEX learning_module_topics_idx ON learning_module USING gin (topics);
CREATE INDEX learning_module_submarkets_idx ON learning_module USING gin (submarkets);
CREATE INDEX learning_module_status_idx ON learning_module (status, visibility, published_at DESC, id);
CREATE INDEX learning_module_format_idx ON learning_module (format);
CREATE INDEX learning_module_level_idx ON learning_module (level);
CREATE INDEX learning_module_title_idx ON learning_module (title, id);

-- Authors in display order: a coach or a (partner) organisation, never both in one row.
CREATE TABLE learning_module_author (
    module_id        uuid NOT NULL REFERENCES learning_module (id) ON DELETE CASCADE,
    position         int  NOT NULL CHECK (position >= 0),
    coach_id         uuid REFERENCES coach (id),
    organisation_id  uuid REFERENCES organisation (id),
    PRIMARY KEY (module_id, position),
    CONSTRAINT learning_module_author_one_kind CHECK ((coach_id IS NULL) <> (organisation_id IS NULL)),
    CONSTRAINT learning_module_author_coach_key UNIQUE (module_id, coach_id),
    CONSTRAINT learning_module_author_organisation_key UNIQUE (module_id, organisation_id)
);
CREATE INDEX learning_module_author_coach_idx ON learning_module_author (coach_id) WHERE coach_id IS NOT NULL;
CREATE INDEX learning_module_author_organisation_idx ON learning_module_author (organisation_id) WHERE organisation_id IS NOT NULL;

-- Templates and checklists, at most 10 MB each, of a type checked by content (see AttachmentTypes).
CREATE TABLE learning_attachment (
    id            uuid PRIMARY KEY,
    module_id     uuid        NOT NULL REFERENCES learning_module (id) ON DELETE CASCADE,
    file_name     text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  text        NOT NULL CHECK (length(content_type) <= 120),
    size_bytes    bigint      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256        text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL DEFAULT 'system'
);
CREATE INDEX learning_attachment_module_idx ON learning_attachment (module_id, created_at, id);

-- Ordered collections of modules with an introduction (Markdown, sanitised on output).
CREATE TABLE learning_path (
    id            uuid PRIMARY KEY,
    slug          text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 120),
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    introduction  text        NOT NULL DEFAULT '' CHECK (length(introduction) <= 20000),
    visibility    text        NOT NULL CHECK (visibility IN ('PUBLIC','PARTICIPANTS')),
    status        text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','ARCHIVED')),
    published_at  timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL DEFAULT 'system',
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text        NOT NULL DEFAULT 'system'
);
CREATE INDEX learning_path_status_idx ON learning_path (status, visibility, title, id);

CREATE TABLE learning_path_module (
    path_id    uuid NOT NULL REFERENCES learning_path (id) ON DELETE CASCADE,
    position   int  NOT NULL CHECK (position >= 0),
    module_id  uuid NOT NULL REFERENCES learning_module (id) ON DELETE CASCADE,
    PRIMARY KEY (path_id, position),
    CONSTRAINT learning_path_module_once UNIQUE (path_id, module_id)
);
CREATE INDEX learning_path_module_module_idx ON learning_path_module (module_id);

-- Personal progress of signed-in users (Keycloak subject: personal data, erasable with the user).
CREATE TABLE learning_progress (
    subject       text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    module_id     uuid        NOT NULL REFERENCES learning_module (id) ON DELETE CASCADE,
    completed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, module_id)
);
CREATE INDEX learning_progress_module_idx ON learning_progress (module_id);

-- Outreach figures: how often a module was read per day. Counts only; who read it is never stored.
CREATE TABLE learning_module_view_daily (
    module_id        uuid NOT NULL REFERENCES learning_module (id) ON DELETE CASCADE,
    day              date NOT NULL,
    anonymous_views  int  NOT NULL DEFAULT 0 CHECK (anonymous_views >= 0),
    signed_in_views  int  NOT NULL DEFAULT 0 CHECK (signed_in_views >= 0),
    PRIMARY KEY (module_id, day)
);
