-- Coaches and experts, their assignments to organisations per expertise topic with an hour
-- budget, and the coaching sessions that use up the budget.

-- Contact data (email, phone) and the link to a Keycloak user are personal data:
-- only staff and the coach itself see them. Topics are keys of expertise_topic (checked by the API).
CREATE TABLE coach (
    id          uuid PRIMARY KEY,
    subject     text        UNIQUE CHECK (length(subject) BETWEEN 1 AND 255),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    bio         text        CHECK (length(bio) <= 2000),
    topics      text[]      NOT NULL DEFAULT '{}',
    regions     text[]      NOT NULL DEFAULT '{}' CHECK (regions <@ ARRAY[
        'BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH']::text[]),
    languages   text[]      NOT NULL DEFAULT '{}' CHECK (array_to_string(languages, ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
    email       text        CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
    phone       text        CHECK (length(phone) <= 40),
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL DEFAULT 'system'
);
CREATE INDEX coach_name_idx ON coach (name, id);
CREATE INDEX coach_topics_idx ON coach USING gin (topics);
CREATE INDEX coach_regions_idx ON coach USING gin (regions);

-- A coach supports an organisation on one topic with a budget of hours.
CREATE TABLE coaching_assignment (
    id               uuid PRIMARY KEY,
    coach_id         uuid          NOT NULL REFERENCES coach (id),
    organisation_id  uuid          NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    topic            text          NOT NULL REFERENCES expertise_topic (key),
    hour_budget      numeric(6, 2) NOT NULL CHECK (hour_budget > 0),
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    created_by       text          NOT NULL DEFAULT 'system',
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    updated_by       text          NOT NULL DEFAULT 'system',
    CONSTRAINT coaching_assignment_coach_organisation_topic_key UNIQUE (coach_id, organisation_id, topic)
);
CREATE INDEX coaching_assignment_organisation_idx ON coaching_assignment (organisation_id, topic);
CREATE INDEX coaching_assignment_topic_idx ON coaching_assignment (topic);

-- Notes and next steps are internal: visible to the assignment's coach, staff and the organisation.
CREATE TABLE coaching_session (
    id                uuid PRIMARY KEY,
    assignment_id     uuid        NOT NULL REFERENCES coaching_assignment (id) ON DELETE CASCADE,
    held_on           date        NOT NULL,
    duration_minutes  int         NOT NULL CHECK (duration_minutes BETWEEN 15 AND 1440),
    topic             text        NOT NULL REFERENCES expertise_topic (key),
    format            text        NOT NULL CHECK (format IN ('ON_SITE','VIDEO','PHONE','WORKSHOP')),
    notes             text        CHECK (length(notes) <= 10000),
    next_steps        text        CHECK (length(next_steps) <= 4000),
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text        NOT NULL DEFAULT 'system',
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text        NOT NULL DEFAULT 'system'
);
CREATE INDEX coaching_session_assignment_idx ON coaching_session (assignment_id, held_on DESC, id);
CREATE INDEX coaching_session_topic_idx ON coaching_session (topic);
