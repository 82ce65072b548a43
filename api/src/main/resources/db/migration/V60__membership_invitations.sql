-- Invitations: an admin invites somebody into an organisation; the person redeems the link after signing in
-- and becomes a member (no Keycloak admin API needed). A membership remembers the name and roles its person
-- had when redeeming, so admins see who is behind a subject.

ALTER TABLE organisation_membership
    ADD COLUMN member_name  text CHECK (member_name IS NULL OR length(member_name) <= 255),
    ADD COLUMN member_roles text CHECK (member_roles IS NULL OR length(member_roles) <= 100);

CREATE TABLE membership_invitation (
    id               uuid PRIMARY KEY,
    organisation_id  uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    role             text        NOT NULL CHECK (role IN ('partner', 'coach')),
    code             text        NOT NULL UNIQUE CHECK (length(code) BETWEEN 20 AND 64),
    expires_at       timestamptz NOT NULL,
    status           text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'REDEEMED', 'REVOKED')),
    redeemed_at      timestamptz,
    redeemed_by      text        CHECK (redeemed_by IS NULL OR length(redeemed_by) <= 255),
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL DEFAULT 'system',
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL DEFAULT 'system'
);
CREATE INDEX membership_invitation_organisation_idx ON membership_invitation (organisation_id, created_at DESC);
CREATE INDEX membership_invitation_created_idx ON membership_invitation (created_at DESC, id);
