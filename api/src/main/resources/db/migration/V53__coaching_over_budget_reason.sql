-- A session that takes an assignment beyond its hour budget is logged only with a reason, kept here.
ALTER TABLE coaching_session ADD COLUMN over_budget_reason text CHECK (length(over_budget_reason) BETWEEN 1 AND 2000);
