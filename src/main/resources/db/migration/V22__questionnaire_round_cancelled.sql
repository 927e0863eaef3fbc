-- questionnaire module: a round of a pathway that was closed before it was answered is cancelled (off the worklist,
-- its links revoked); it stays in the record.
ALTER TABLE questionnaire_round ADD COLUMN cancelled_at TIMESTAMPTZ;
