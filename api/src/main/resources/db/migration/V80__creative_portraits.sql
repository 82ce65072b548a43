-- Creative portraits (#flächenglühen): public stories about creative people and organisations, as an
-- interview (Markdown) or a video link with a transcript. Drafted by coordinators (and coaches when the
-- programme allows), published by coordinators. German full-text search over title, teaser, interview
-- and transcript; published portraits feed the derived indicator PORTRAITS_PUBLISHED.
CREATE TABLE portrait (
    id                  uuid        PRIMARY KEY,
    title               text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    teaser              text        NOT NULL CHECK (length(teaser) BETWEEN 1 AND 600),
    interview_markdown  text        CHECK (length(interview_markdown) BETWEEN 1 AND 50000),
    video_url           text        CHECK (video_url ~ '^https?://[^\s]+$' AND length(video_url) <= 500),
    transcript          text        CHECK (length(transcript) BETWEEN 1 AND 50000),
    photos              jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(photos) = 'array' AND jsonb_array_length(photos) <= 20),
    town                text        NOT NULL CHECK (length(town) BETWEEN 1 AND 100),
    state               text        NOT NULL CHECK (state IN ('BW','BY','BE','BB','HB','HH','HE','MV','NI','NW','RP','SL','SN','ST','SH','TH')),
    submarkets          text[]      NOT NULL DEFAULT '{}',
    organisation_id     uuid        REFERENCES organisation (id) ON DELETE SET NULL,
    tags                text[]      NOT NULL DEFAULT '{}',
    status              text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
    published_at        timestamptz,
    search              tsvector    GENERATED ALWAYS AS (
        setweight(to_tsvector('german', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('german', coalesce(teaser, '')), 'B') ||
        setweight(to_tsvector('german', coalesce(interview_markdown, '')), 'C') ||
        setweight(to_tsvector('german', coalesce(transcript, '')), 'C')) STORED,
    version             bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text        NOT NULL DEFAULT 'system',
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text        NOT NULL DEFAULT 'system',
    CONSTRAINT portrait_content_check CHECK (interview_markdown IS NOT NULL OR video_url IS NOT NULL),
    CONSTRAINT portrait_video_transcript_check CHECK (video_url IS NULL OR transcript IS NOT NULL),
    CONSTRAINT portrait_published_check CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX portrait_search_idx ON portrait USING gin (search);
CREATE INDEX portrait_listing_idx ON portrait (status, published_at DESC, id);
CREATE INDEX portrait_updated_idx ON portrait (updated_at DESC, id);
CREATE INDEX portrait_state_idx ON portrait (state);
CREATE INDEX portrait_tags_idx ON portrait USING gin (tags);
CREATE INDEX portrait_submarkets_idx ON portrait USING gin (submarkets);
CREATE INDEX portrait_organisation_idx ON portrait (organisation_id) WHERE organisation_id IS NOT NULL;

-- Published portraits as an outreach indicator (counted on the day of publication).
ALTER TABLE indicator DROP CONSTRAINT IF EXISTS indicator_derivation_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_derivation_check CHECK (derivation IN ('EVENTS_HELD','EVENT_PARTICIPANTS',
    'NETWORK_INITIATIVES','COUNSELLING_LOCATIONS','COACHING_HOURS','LEARNING_MODULE_VIEWS','NEWSLETTER_SUBSCRIBERS','PORTRAITS_PUBLISHED'));
