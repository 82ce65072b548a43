-- E-mail (issue 18): an outbox written in the same transaction as the business change and delivered after
-- commit by a scheduled worker (FOR UPDATE SKIP LOCKED, so several API instances never send a row twice);
-- each signed-in person's address, language and per-kind preferences; newsletter subscriptions with double opt-in.

-- The address comes from the access token when the person signs in (GET /me) or opens the preference page.
CREATE TABLE mail_recipient (
    subject            text        PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 255),
    email              text        CHECK (length(email) <= 254),
    name               text        CHECK (length(name) <= 255),
    language           text        NOT NULL DEFAULT 'de' CHECK (language IN ('de','en')),
    coordinator        boolean     NOT NULL DEFAULT false,
    concept_submitted  boolean     NOT NULL DEFAULT true,
    concept_reviewed   boolean     NOT NULL DEFAULT true,
    module_submitted   boolean     NOT NULL DEFAULT true,
    milestone_due      boolean     NOT NULL DEFAULT true,
    version            bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_recipient_coordinator_idx ON mail_recipient (subject) WHERE coordinator;
CREATE INDEX mail_recipient_email_idx ON mail_recipient (lower(email));

CREATE TABLE mail_outbox (
    id                 uuid        PRIMARY KEY,
    kind               text        NOT NULL CHECK (kind IN ('CONCEPT_SUBMITTED','CONCEPT_REVIEWED','MODULE_SUBMITTED','MILESTONE_DUE',
                                                            'NEWSLETTER_CONFIRM','NEWSLETTER_WELCOME','EVENT_REGISTRATION')),
    recipient_subject  text        CHECK (length(recipient_subject) <= 255),
    recipient_email    text        NOT NULL CHECK (length(recipient_email) BETWEEN 3 AND 254),
    language           text        NOT NULL CHECK (language IN ('de','en')),
    mail_subject       text        NOT NULL CHECK (length(mail_subject) BETWEEN 1 AND 500),
    text_body          text        NOT NULL,
    html_body          text        NOT NULL,
    unsubscribe_url    text,
    -- Once per occasion (a milestone's reminder to one person): a second enqueue is ignored.
    dedupe_key         text        UNIQUE,
    status             text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','FAILED')),
    attempts           int         NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz NOT NULL DEFAULT now(),
    last_error         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    sent_at            timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_email_idx ON mail_outbox (lower(recipient_email));

CREATE TABLE newsletter_subscription (
    id               uuid        PRIMARY KEY,
    email            text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    language         text        NOT NULL DEFAULT 'de' CHECK (language IN ('de','en')),
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','CONFIRMED','UNSUBSCRIBED')),
    -- The scope whose outreach figures count the subscriber (the programme at sign-up).
    scope_id         uuid        REFERENCES metric_scope (id) ON DELETE SET NULL,
    consent_text     text        NOT NULL CHECK (length(consent_text) BETWEEN 1 AND 2000),
    consent_version  text        NOT NULL CHECK (length(consent_version) BETWEEN 1 AND 40),
    consented_at     timestamptz NOT NULL,
    -- SHA-256 of the sign-up's client address with a secret pepper, never the address itself.
    ip_hash          text        CHECK (length(ip_hash) <= 100),
    confirmed_at     timestamptz,
    unsubscribed_at  timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX newsletter_subscription_email_key ON newsletter_subscription (lower(email));
CREATE INDEX newsletter_subscription_status_idx ON newsletter_subscription (status, scope_id);

-- Each confirmation (+1) and unsubscription (-1), so the derived indicator knows the count on every day.
CREATE TABLE newsletter_subscription_change (
    id               bigserial   PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES newsletter_subscription (id) ON DELETE CASCADE,
    scope_id         uuid        REFERENCES metric_scope (id) ON DELETE SET NULL,
    changed_on       date        NOT NULL,
    delta            int         NOT NULL CHECK (delta IN (-1, 1))
);
CREATE INDEX newsletter_subscription_change_scope_idx ON newsletter_subscription_change (scope_id, changed_on);
CREATE INDEX newsletter_subscription_change_subscription_idx ON newsletter_subscription_change (subscription_id);

ALTER TABLE indicator DROP CONSTRAINT indicator_derivation_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_derivation_check CHECK (derivation IN ('EVENTS_HELD','EVENT_PARTICIPANTS',
    'NETWORK_INITIATIVES','COUNSELLING_LOCATIONS','COACHING_HOURS','LEARNING_MODULE_VIEWS','NEWSLETTER_SUBSCRIBERS'));
