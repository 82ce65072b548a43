-- Tandems: a best-practice organisation applies one of its approved or published transfer concepts
-- with a tandem organisation. Lifecycle PROPOSED → AGREED → ACTIVE → COMPLETED, CANCELLED from any
-- open status (with a reason); every step is kept in tandem_transition. Milestones are generated from
-- the concept's transfer plan when the tandem becomes ACTIVE; activities log meetings, visits, calls
-- and workshops. The API never deletes any of it (the cascades only serve removing an organisation).

CREATE TABLE tandem (
    id                             uuid PRIMARY KEY,
    best_practice_organisation_id  uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    concept_id                     uuid        NOT NULL REFERENCES transfer_concept (id) ON DELETE CASCADE,
    tandem_organisation_id         uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    status                         text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN
        ('PROPOSED','AGREED','ACTIVE','COMPLETED','CANCELLED')),
    -- Rank and score of the tandem organisation among the concept's suggestions when it was picked.
    suggestion_rank                int         CHECK (suggestion_rank >= 1),
    suggestion_score               numeric(4, 3) CHECK (suggestion_score BETWEEN 0 AND 1),
    -- Why a coordinator picked a lower-ranked candidate (required then, by the API).
    selection_reason               text        CHECK (length(selection_reason) <= 2000),
    started_on                     date,
    ended_on                       date,
    cancel_reason                  text        CHECK (length(cancel_reason) <= 2000),
    version                        bigint      NOT NULL DEFAULT 0,
    created_at                     timestamptz NOT NULL DEFAULT now(),
    created_by                     text        NOT NULL DEFAULT 'system',
    updated_at                     timestamptz NOT NULL DEFAULT now(),
    updated_by                     text        NOT NULL DEFAULT 'system',
    CONSTRAINT tandem_two_organisations CHECK (best_practice_organisation_id <> tandem_organisation_id),
    CONSTRAINT tandem_cancel_reason CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    CONSTRAINT tandem_dates CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX tandem_best_practice_idx ON tandem (best_practice_organisation_id, updated_at DESC);
CREATE INDEX tandem_tandem_organisation_idx ON tandem (tandem_organisation_id, updated_at DESC);
CREATE INDEX tandem_concept_idx ON tandem (concept_id, status);
CREATE INDEX tandem_status_idx ON tandem (status, updated_at DESC, id);
CREATE INDEX tandem_updated_at_idx ON tandem (updated_at DESC, id);
-- An organisation is in at most one open tandem per concept.
CREATE UNIQUE INDEX tandem_open_pair_key ON tandem (concept_id, tandem_organisation_id)
    WHERE status IN ('PROPOSED','AGREED','ACTIVE');

-- Every lifecycle step: who took it, when, and why.
CREATE TABLE tandem_transition (
    id           bigserial PRIMARY KEY,
    tandem_id    uuid        NOT NULL REFERENCES tandem (id) ON DELETE CASCADE,
    from_status  text,
    to_status    text        NOT NULL,
    reason       text        CHECK (length(reason) <= 2000),
    actor        text        NOT NULL,
    actor_name   text        NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tandem_transition_tandem_idx ON tandem_transition (tandem_id, at, id);

-- One milestone per step of the concept's transfer plan, copied when the tandem becomes ACTIVE;
-- then the tandem adapts it (due date, owner, status, adaptation notes).
CREATE TABLE tandem_milestone (
    id                     uuid PRIMARY KEY,
    tandem_id              uuid        NOT NULL REFERENCES tandem (id) ON DELETE CASCADE,
    position               int         NOT NULL CHECK (position >= 1),
    title                  text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description            text        CHECK (length(description) <= 5000),
    topic                  text        NOT NULL REFERENCES expertise_topic (key),
    typical_duration       text        CHECK (length(typical_duration) <= 100),
    due_on                 date,
    owner_organisation_id  uuid        REFERENCES organisation (id) ON DELETE SET NULL,
    status                 text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','IN_PROGRESS','DONE')),
    done_on                date,
    adaptation_notes       text        CHECK (length(adaptation_notes) <= 5000),
    version                bigint      NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text        NOT NULL DEFAULT 'system',
    updated_at             timestamptz NOT NULL DEFAULT now(),
    updated_by             text        NOT NULL DEFAULT 'system',
    CONSTRAINT tandem_milestone_position_key UNIQUE (tandem_id, position),
    CONSTRAINT tandem_milestone_done CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX tandem_milestone_status_idx ON tandem_milestone (tandem_id, status);

-- What the two organisations did together.
CREATE TABLE tandem_activity (
    id               uuid PRIMARY KEY,
    tandem_id        uuid        NOT NULL REFERENCES tandem (id) ON DELETE CASCADE,
    type             text        NOT NULL CHECK (type IN ('MEETING','VISIT','CALL','WORKSHOP')),
    held_on          date        NOT NULL,
    participants     text        NOT NULL CHECK (length(btrim(participants)) BETWEEN 1 AND 2000),
    notes            text        CHECK (length(notes) <= 10000),
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL DEFAULT 'system',
    created_by_name  text        NOT NULL DEFAULT 'system'
);
CREATE INDEX tandem_activity_tandem_idx ON tandem_activity (tandem_id, held_on DESC, id);
CREATE INDEX tandem_activity_type_idx ON tandem_activity (tandem_id, type);
