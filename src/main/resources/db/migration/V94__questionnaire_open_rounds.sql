-- Where a recorded response goes: the person's open rounds (SubmissionWriter). Answered and cancelled rounds pile up
-- over a pathway (every unscheduled response adds one), so only the open ones are indexed.
CREATE INDEX questionnaire_round_open_idx ON questionnaire_round (person_id, due_date)
    WHERE completed_at IS NULL AND cancelled_at IS NULL;
