-- A tandem becomes AGREED only when both organisations have agreed; each side's agreement is kept.
ALTER TABLE tandem
    ADD COLUMN best_practice_agreed_at      timestamptz,
    ADD COLUMN best_practice_agreed_by      text,
    ADD COLUMN best_practice_agreed_by_name text,
    ADD COLUMN tandem_agreed_at             timestamptz,
    ADD COLUMN tandem_agreed_by             text,
    ADD COLUMN tandem_agreed_by_name        text;
-- Overdue milestones are looked up per tandem by due date.
CREATE INDEX tandem_milestone_due_idx ON tandem_milestone (tandem_id, due_on) WHERE status <> 'DONE';
