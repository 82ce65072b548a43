-- Four eyes: who submitted a reporting period, so that the same person cannot approve it.
ALTER TABLE reporting_period ADD COLUMN submitted_by text;
