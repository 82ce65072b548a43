-- Admins keep the expertise topics: a version for If-Match and an archive flag. An archived topic stays on
-- the coaches, sessions and modules that name it, but is no longer offered for new ones.
ALTER TABLE expertise_topic
    ADD COLUMN archived boolean NOT NULL DEFAULT false,
    ADD COLUMN version  bigint  NOT NULL DEFAULT 0,
    ADD CONSTRAINT expertise_topic_names CHECK (length(name_de) BETWEEN 1 AND 200 AND length(name_en) BETWEEN 1 AND 200);
