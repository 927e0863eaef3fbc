-- What indicators need of a pathway's scores is the first and last complete score per instrument and the latest one
-- (Scores.endpointsOfPathway): three short index probes per instrument, whatever the length of the history. The new
-- index also serves every look-up by pathway alone, so it replaces the old one.
CREATE INDEX questionnaire_score_pathway_instrument_idx
    ON questionnaire_score (pathway_id, instrument, scored_at, response_id);
DROP INDEX questionnaire_score_pathway_idx;
