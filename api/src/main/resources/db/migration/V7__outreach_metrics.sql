-- Outreach metrics (issue 6): indicators, the scopes figures belong to, reporting periods,
-- measurements with their correction history, the records that derive figures (events,
-- network initiatives), targets and baselines, and narrative report sections.
-- Reports are computed from these rows; no table holds totals.

-- What is counted. FLOW adds up over time (events held), STOCK is a level at a date
-- (followers). DERIVED indicators are computed from records named by `derivation` and are
-- never entered as measurements.
CREATE TABLE indicator (
    key           text        PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]{1,62}$'),
    name_de       text        NOT NULL CHECK (length(name_de) BETWEEN 1 AND 200),
    name_en       text        NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    definition    text        NOT NULL CHECK (length(definition) BETWEEN 1 AND 2000),
    unit          text        NOT NULL CHECK (length(unit) BETWEEN 1 AND 40),
    kind          text        NOT NULL CHECK (kind IN ('FLOW','STOCK')),
    category      text        NOT NULL CHECK (category IN ('REACH','EVENTS','NETWORK','COUNSELLING','SOCIAL_MEDIA','LEARNING')),
    impact_level  text        NOT NULL CHECK (impact_level IN ('INPUT','OUTPUT','OUTCOME','IMPACT')),
    source        text        NOT NULL CHECK (source IN ('MANUAL','DERIVED')),
    derivation    text        CHECK (derivation IN ('EVENTS_HELD','EVENT_PARTICIPANTS','NETWORK_INITIATIVES',
                                                    'COUNSELLING_LOCATIONS','COACHING_HOURS','LEARNING_MODULE_VIEWS')),
    is_public     boolean     NOT NULL DEFAULT false,
    position      int         NOT NULL DEFAULT 100,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL DEFAULT 'system',
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text        NOT NULL DEFAULT 'system',
    CONSTRAINT indicator_source_derivation_check CHECK ((source = 'DERIVED') = (derivation IS NOT NULL))
);
CREATE INDEX indicator_position_idx ON indicator (position, key);

-- Where a figure belongs: the programme (a regional centre) as a whole, a counselling location
-- in a town, or an organisation. Every scope belongs to a state (advisors are limited by it).
-- A counselling location counts from opened_on until closed_on.
CREATE TABLE metric_scope (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('PROGRAMME','COUNSELLING_LOCATION','ORGANISATION')),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    town             text        CHECK (length(town) BETWEEN 1 AND 100),
    state            text        NOT NULL CHECK (state IN ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH')),
    organisation_id  uuid        REFERENCES organisation (id),
    opened_on        date,
    closed_on        date,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL DEFAULT 'system',
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL DEFAULT 'system',
    CONSTRAINT metric_scope_organisation_check CHECK ((kind = 'ORGANISATION') = (organisation_id IS NOT NULL)),
    CONSTRAINT metric_scope_location_check CHECK (kind <> 'COUNSELLING_LOCATION' OR (town IS NOT NULL AND opened_on IS NOT NULL)),
    CONSTRAINT metric_scope_dates_check CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on > opened_on)
);
CREATE INDEX metric_scope_state_idx ON metric_scope (state, kind, name);
CREATE UNIQUE INDEX metric_scope_organisation_key ON metric_scope (organisation_id) WHERE organisation_id IS NOT NULL;

-- OPEN -> SUBMITTED -> APPROVED -> LOCKED. Figures dated inside a period that is no longer
-- OPEN refuse changes (see the API); LOCKED periods only take an admin's correction.
CREATE TABLE reporting_period (
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    starts_on   date        NOT NULL,
    ends_on     date        NOT NULL,
    status      text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','SUBMITTED','APPROVED','LOCKED')),
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL DEFAULT 'system',
    CONSTRAINT reporting_period_dates_check CHECK (ends_on >= starts_on)
);
CREATE INDEX reporting_period_dates_idx ON reporting_period (starts_on, ends_on);

-- A value entered by hand for a MANUAL indicator. FLOW values cover valid_from..valid_to
-- (inclusive), STOCK values are as of a date. Rows are never updated: a correction is a new
-- row naming the row it corrects and why; the current value is the row nobody corrects.
CREATE TABLE measurement (
    id             uuid          PRIMARY KEY,
    indicator_key  text          NOT NULL REFERENCES indicator (key),
    scope_id       uuid          NOT NULL REFERENCES metric_scope (id),
    value          numeric(14,2) NOT NULL CHECK (value >= 0),
    valid_from     date,
    valid_to       date,
    as_of          date,
    note           text          CHECK (length(note) <= 2000),
    corrects_id    uuid          UNIQUE REFERENCES measurement (id),
    reason         text          CHECK (length(reason) BETWEEN 1 AND 2000),
    entered_by     text          NOT NULL,
    entered_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT measurement_dates_check CHECK (
        (as_of IS NOT NULL AND valid_from IS NULL AND valid_to IS NULL)
        OR (as_of IS NULL AND valid_from IS NOT NULL AND valid_to IS NOT NULL AND valid_to >= valid_from)),
    CONSTRAINT measurement_correction_check CHECK ((corrects_id IS NULL) = (reason IS NULL))
);
CREATE INDEX measurement_indicator_scope_idx ON measurement (indicator_key, scope_id, as_of, valid_from);
CREATE INDEX measurement_scope_idx ON measurement (scope_id);

-- Own events, network talks, workshops and trips; events held and participants derive from them.
CREATE TABLE metric_event (
    id                uuid        PRIMARY KEY,
    title             text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    type              text        NOT NULL CHECK (type IN ('OWN_EVENT','NETWORK_TALK','WORKSHOP','TRIP')),
    held_on           date        NOT NULL,
    town              text        NOT NULL CHECK (length(town) BETWEEN 1 AND 100),
    scope_id          uuid        NOT NULL REFERENCES metric_scope (id),
    participants      int         NOT NULL CHECK (participants BETWEEN 0 AND 1000000),
    organisation_ids  uuid[]      NOT NULL DEFAULT '{}',
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text        NOT NULL DEFAULT 'system',
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text        NOT NULL DEFAULT 'system'
);
CREATE INDEX metric_event_held_on_idx ON metric_event (held_on, id);
CREATE INDEX metric_event_scope_idx ON metric_event (scope_id, held_on);

-- Network initiatives the centre supported; "network initiatives supported" derives from them.
CREATE TABLE network_initiative (
    id            uuid        PRIMARY KEY,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    supported_on  date        NOT NULL,
    scope_id      uuid        NOT NULL REFERENCES metric_scope (id),
    town          text        CHECK (length(town) BETWEEN 1 AND 100),
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text        NOT NULL DEFAULT 'system',
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text        NOT NULL DEFAULT 'system'
);
CREATE INDEX network_initiative_supported_idx ON network_initiative (supported_on, id);
CREATE INDEX network_initiative_scope_idx ON network_initiative (scope_id, supported_on);

-- Baseline and target of an indicator for one scope and period.
CREATE TABLE indicator_target (
    id             uuid          PRIMARY KEY,
    indicator_key  text          NOT NULL REFERENCES indicator (key),
    scope_id       uuid          NOT NULL REFERENCES metric_scope (id),
    period_id      uuid          NOT NULL REFERENCES reporting_period (id),
    baseline       numeric(14,2) CHECK (baseline >= 0),
    target         numeric(14,2) CHECK (target >= 0),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    created_by     text          NOT NULL DEFAULT 'system',
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    updated_by     text          NOT NULL DEFAULT 'system',
    CONSTRAINT indicator_target_key UNIQUE (indicator_key, scope_id, period_id),
    CONSTRAINT indicator_target_value_check CHECK (baseline IS NOT NULL OR target IS NOT NULL)
);
CREATE INDEX indicator_target_period_idx ON indicator_target (period_id);

-- Narrative sections ("Version B" of a report) beside the figures, for a scope and either a
-- reporting period or a date range.
CREATE TABLE report_narrative (
    id          uuid        PRIMARY KEY,
    scope_id    uuid        NOT NULL REFERENCES metric_scope (id),
    period_id   uuid        REFERENCES reporting_period (id),
    starts_on   date,
    ends_on     date,
    position    int         NOT NULL DEFAULT 0,
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    version     bigint      NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text        NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text        NOT NULL DEFAULT 'system',
    CONSTRAINT report_narrative_when_check CHECK (
        (period_id IS NOT NULL AND starts_on IS NULL AND ends_on IS NULL)
        OR (period_id IS NULL AND starts_on IS NOT NULL AND ends_on IS NOT NULL AND ends_on >= starts_on))
);
CREATE INDEX report_narrative_period_idx ON report_narrative (period_id, position);
CREATE INDEX report_narrative_dates_idx ON report_narrative (starts_on, ends_on);
CREATE INDEX report_narrative_scope_idx ON report_narrative (scope_id);
