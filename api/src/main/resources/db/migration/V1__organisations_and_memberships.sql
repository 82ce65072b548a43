-- Organisations of the programme (best-practice partners, tandem partners, candidates)
-- and the Keycloak users who are their members.

CREATE TABLE organisation (
    id              uuid PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    town            text        NOT NULL CHECK (length(town) BETWEEN 1 AND 120),
    state           char(2)     NOT NULL CHECK (state IN ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH')),
    programme_role  text        CHECK (programme_role IN ('CANDIDATE','BEST_PRACTICE','TANDEM')),
    website         text        CHECK (website IS NULL OR website ~ '^https?://'),
    summary         text,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL DEFAULT 'system',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text        NOT NULL DEFAULT 'system'
);
CREATE INDEX organisation_name_idx ON organisation (name, id);
CREATE INDEX organisation_state_idx ON organisation (state);
CREATE INDEX organisation_programme_role_idx ON organisation (programme_role);
CREATE INDEX organisation_updated_at_idx ON organisation (updated_at, id);

CREATE TABLE organisation_membership (
    subject          text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    organisation_id  uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL DEFAULT 'system',
    PRIMARY KEY (subject, organisation_id)
);
CREATE INDEX organisation_membership_organisation_idx ON organisation_membership (organisation_id);
