-- Every decision on a candidate with its reason, so that a revised decision keeps the earlier ones.
-- incomplete_reason: why a candidate not scored on every active criterion was decided anyway.
CREATE TABLE selection_decision (
    id                 bigserial PRIMARY KEY,
    candidate_id       uuid        NOT NULL REFERENCES selection_candidate (id) ON DELETE CASCADE,
    decision           text        NOT NULL CHECK (decision IN ('SELECTED','WAITLISTED','REJECTED')),
    rationale          text        NOT NULL CHECK (length(rationale) BETWEEN 1 AND 2000),
    incomplete_reason  text        CHECK (length(incomplete_reason) BETWEEN 1 AND 2000),
    criteria_scored    int         NOT NULL CHECK (criteria_scored >= 0),
    criteria_total     int         NOT NULL CHECK (criteria_total >= 0),
    decided_by         text        NOT NULL,
    decided_by_name    text        NOT NULL,
    decided_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX selection_decision_candidate_idx ON selection_decision (candidate_id, decided_at, id);

ALTER TABLE selection_candidate ADD COLUMN incomplete_reason text CHECK (length(incomplete_reason) BETWEEN 1 AND 2000);

INSERT INTO selection_decision (candidate_id, decision, rationale, criteria_scored, criteria_total, decided_by, decided_by_name, decided_at)
SELECT id, decision, rationale, 0, 0, decided_by, coalesce(decided_by_name, decided_by), decided_at
FROM selection_candidate WHERE decision IS NOT NULL;
