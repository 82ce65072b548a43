-- Rate-limit buckets shared by every API instance (common/RateLimiter, Bucket4j's PostgreSQL backend,
-- select-for-update variant): one row per client and limit configuration, the bucket's state serialised by
-- Bucket4j, expires_at (epoch milliseconds) when the bucket would be full again, after which the row is
-- deleted. Nothing here is authoritative business data: losing the table only resets the limits.
CREATE TABLE rate_limit_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
