-- Idempotency-Key on POST (common/Idempotency): the first successful answer to a client's key, stored in the
-- same transaction as what the request wrote, so that a retry gets that answer instead of a second item.
-- fingerprint: SHA-256 of method, path, query and body; another request under the same key is refused (422).
-- Rows older than the retention (24 h) are deleted and their keys may be used again.
CREATE TABLE idempotency_key (
    client       text        NOT NULL,
    key          text        NOT NULL,
    fingerprint  text        NOT NULL,
    status       integer     NOT NULL,
    content_type text,
    location     text,
    etag         text,
    body         text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
