-- The follow-up of a run's measures took place (date and outcome note), and a workplace can leave the programme
-- (withdrawn, kept in its cohort for the evaluation).
ALTER TABLE programme_run ADD COLUMN reviewed_on date;
ALTER TABLE programme_run ADD COLUMN review_outcome text;
ALTER TABLE programme_workplace ADD COLUMN withdrawn_on date;
ALTER TABLE programme_workplace ADD COLUMN withdrawn_by text;
CREATE INDEX programme_run_review_due ON programme_run (review_on) WHERE reviewed_on IS NULL;
