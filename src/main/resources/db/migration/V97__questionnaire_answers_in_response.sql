-- A response's answers live in the response row, as one JSON object from linkId to the stored value, instead of one
-- row per answer in questionnaire_answer (decision 0029). A submission writes one row instead of ten: no nine answer
-- rows, nine index entries and nine foreign-key checks per response. Saving as the patient goes merges one key at a
-- time (answers || {...}), under the row lock, so two tabs still cannot lose each other's answers.
ALTER TABLE questionnaire_response ADD COLUMN answers JSONB NOT NULL DEFAULT '{}'::jsonb;

UPDATE questionnaire_response r SET answers = a.answers
FROM (SELECT response_id, jsonb_object_agg(link_id, value) AS answers FROM questionnaire_answer GROUP BY response_id) a
WHERE a.response_id = r.id;

ALTER TABLE questionnaire_response ADD CONSTRAINT questionnaire_response_answers_object
  CHECK (jsonb_typeof(answers) = 'object');

DROP TABLE questionnaire_answer;
