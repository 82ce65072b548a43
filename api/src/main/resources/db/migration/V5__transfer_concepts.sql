-- Transfer concepts of best-practice partners: the working copy with its eleven sections, an
-- immutable snapshot per submission, review comments anchored to a section of a version, and
-- the history of lifecycle transitions.

-- The working copy. Ten sections are Markdown text; the transfer plan is an ordered jsonb array
-- of steps {title, description, typicalDuration, topic} whose topic is an expertise_topic key
-- (checked by the API). Only DRAFT and CHANGES_REQUESTED concepts change; the published content
-- is the snapshot published_version_number.
CREATE TABLE transfer_concept (
    id                           uuid PRIMARY KEY,
    organisation_id              uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    title                        text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    status                       text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN
        ('DRAFT','IN_REVIEW','CHANGES_REQUESTED','APPROVED','PUBLISHED','ARCHIVED')),
    starting_situation           text        CHECK (length(starting_situation) <= 50000),
    goals_and_target_groups      text        CHECK (length(goals_and_target_groups) <= 50000),
    offer                        text        CHECK (length(offer) <= 50000),
    organisation_and_team        text        CHECK (length(organisation_and_team) <= 50000),
    financing                    text        CHECK (length(financing) <= 50000),
    marketing_and_communication  text        CHECK (length(marketing_and_communication) <= 50000),
    building_law_and_premises    text        CHECK (length(building_law_and_premises) <= 50000),
    digital_infrastructure       text        CHECK (length(digital_infrastructure) <= 50000),
    transfer_plan                jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(transfer_plan) = 'array'),
    risks_and_success_factors    text        CHECK (length(risks_and_success_factors) <= 50000),
    resources_and_contacts       text        CHECK (length(resources_and_contacts) <= 50000),
    current_version_number       int         NOT NULL DEFAULT 0 CHECK (current_version_number >= 0),
    published_version_number     int         CHECK (published_version_number BETWEEN 1 AND current_version_number),
    published_at                 timestamptz,
    version                      bigint      NOT NULL DEFAULT 0,
    created_at                   timestamptz NOT NULL DEFAULT now(),
    created_by                   text        NOT NULL DEFAULT 'system',
    updated_at                   timestamptz NOT NULL DEFAULT now(),
    updated_by                   text        NOT NULL DEFAULT 'system',
    search                       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german',
            coalesce(starting_situation, '') || ' ' || coalesce(goals_and_target_groups, '') || ' ' ||
            coalesce(offer, '') || ' ' || coalesce(organisation_and_team, '') || ' ' ||
            coalesce(financing, '') || ' ' || coalesce(marketing_and_communication, '') || ' ' ||
            coalesce(building_law_and_premises, '') || ' ' || coalesce(digital_infrastructure, '') || ' ' ||
            coalesce(risks_and_success_factors, '') || ' ' || coalesce(resources_and_contacts, '')), 'B') ||
        setweight(jsonb_to_tsvector('german', transfer_plan, '["string"]'), 'C')) STORED,
    CONSTRAINT transfer_concept_published_complete CHECK (
        (published_version_number IS NULL) = (published_at IS NULL))
);
CREATE INDEX transfer_concept_organisation_idx ON transfer_concept (organisation_id, updated_at DESC);
CREATE INDEX transfer_concept_status_idx ON transfer_concept (status, updated_at DESC, id);
CREATE INDEX transfer_concept_updated_at_idx ON transfer_concept (updated_at DESC, id);
CREATE INDEX transfer_concept_search_idx ON transfer_concept USING gin (search);

-- One immutable snapshot per submission: {"title": ..., "sections": {...}} as the API shows it.
CREATE TABLE transfer_concept_version (
    id                 uuid PRIMARY KEY,
    concept_id         uuid        NOT NULL REFERENCES transfer_concept (id) ON DELETE CASCADE,
    number             int         NOT NULL CHECK (number >= 1),
    content            jsonb       NOT NULL CHECK (jsonb_typeof(content) = 'object'),
    submitted_at       timestamptz NOT NULL DEFAULT now(),
    submitted_by       text        NOT NULL,
    submitted_by_name  text        NOT NULL,
    CONSTRAINT transfer_concept_version_number_key UNIQUE (concept_id, number)
);

-- Versions are frozen: no update, whoever tries.
CREATE FUNCTION transfer_concept_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'transfer concept versions are immutable' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER transfer_concept_version_no_update BEFORE UPDATE ON transfer_concept_version
    FOR EACH ROW EXECUTE FUNCTION transfer_concept_version_immutable();

-- Review comments on one section of one version; replies name their parent (one level deep).
CREATE TABLE concept_comment (
    id              uuid PRIMARY KEY,
    concept_id      uuid        NOT NULL REFERENCES transfer_concept (id) ON DELETE CASCADE,
    version_number  int         NOT NULL,
    section         text        NOT NULL CHECK (section IN ('STARTING_SITUATION','GOALS_AND_TARGET_GROUPS','OFFER',
        'ORGANISATION_AND_TEAM','FINANCING','MARKETING_AND_COMMUNICATION','BUILDING_LAW_AND_PREMISES',
        'DIGITAL_INFRASTRUCTURE','TRANSFER_PLAN','RISKS_AND_SUCCESS_FACTORS','RESOURCES_AND_CONTACTS')),
    parent_id       uuid        REFERENCES concept_comment (id) ON DELETE CASCADE,
    body            text        NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
    author_subject  text        NOT NULL,
    author_name     text        NOT NULL,
    resolved        boolean     NOT NULL DEFAULT false,
    resolved_at     timestamptz,
    resolved_by     text,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL,
    CONSTRAINT concept_comment_version_fkey FOREIGN KEY (concept_id, version_number)
        REFERENCES transfer_concept_version (concept_id, number) ON DELETE CASCADE
);
CREATE INDEX concept_comment_concept_idx ON concept_comment (concept_id, created_at, id);
CREATE INDEX concept_comment_version_section_idx ON concept_comment (concept_id, version_number, section);
CREATE INDEX concept_comment_parent_idx ON concept_comment (parent_id);

-- Every lifecycle step: who took it, when, and why.
CREATE TABLE concept_transition (
    id              bigserial PRIMARY KEY,
    concept_id      uuid        NOT NULL REFERENCES transfer_concept (id) ON DELETE CASCADE,
    from_status     text        NOT NULL,
    to_status       text        NOT NULL,
    version_number  int,
    note            text        CHECK (length(note) <= 2000),
    actor           text        NOT NULL,
    actor_name      text        NOT NULL,
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX concept_transition_concept_idx ON concept_transition (concept_id, at, id);
