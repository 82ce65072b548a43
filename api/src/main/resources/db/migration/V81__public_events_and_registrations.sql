-- The public side of the events behind the outreach figures (metric_event): whether an event is shown
-- on the public calendar, what visitors read about it, trip details, and a capacity for registrations.
-- An event without a row here, or with is_public false, stays internal.
CREATE TABLE public_event (
    event_id       uuid        PRIMARY KEY REFERENCES metric_event (id) ON DELETE CASCADE,
    is_public      boolean     NOT NULL DEFAULT false,
    description    text        CHECK (length(description) BETWEEN 1 AND 20000),
    starts_at      time,
    ends_on        date,
    venue          text        CHECK (length(venue) BETWEEN 1 AND 300),
    destination    text        CHECK (length(destination) BETWEEN 1 AND 200),
    country        text        CHECK (country ~ '^[A-Z]{2}$'),
    partner_event  text        CHECK (length(partner_event) BETWEEN 1 AND 200),
    capacity       int         CHECK (capacity BETWEEN 1 AND 100000),
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL DEFAULT 'system',
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text        NOT NULL DEFAULT 'system'
);
CREATE INDEX public_event_public_idx ON public_event (event_id) WHERE is_public;
CREATE INDEX metric_event_town_idx ON metric_event (town, held_on);

-- Registrations of visitors for a public event with a capacity. CONFIRMED ones hold a place, WAITLISTED
-- ones wait in the order they registered, CANCELLED ones keep their row until erasure so the history
-- stays readable. confirmed_at is set when a place is given (at registration or when moving up from
-- the waiting list, then moved_up_at as well): a mail "registration confirmed / moved up" keys on these.
-- The cancel token is only stored as its SHA-256 hash.
CREATE TABLE event_registration (
    id                 uuid        PRIMARY KEY,
    event_id           uuid        NOT NULL REFERENCES public_event (event_id) ON DELETE CASCADE,
    name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email              text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    consent_text       text        NOT NULL CHECK (length(consent_text) BETWEEN 1 AND 2000),
    consented_at       timestamptz NOT NULL,
    status             text        NOT NULL CHECK (status IN ('CONFIRMED','WAITLISTED','CANCELLED')),
    registered_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    confirmed_at       timestamptz,
    moved_up_at        timestamptz,
    cancelled_at       timestamptz,
    cancel_token_hash  text        NOT NULL UNIQUE,
    CONSTRAINT event_registration_confirmed_check CHECK (status <> 'CONFIRMED' OR confirmed_at IS NOT NULL),
    CONSTRAINT event_registration_cancelled_check CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
CREATE INDEX event_registration_event_idx ON event_registration (event_id, status, registered_at, id);
CREATE INDEX event_registration_email_idx ON event_registration (lower(email));
