-- What indicators need of a pathway's scores is the first and last complete score per instrument and the latest one
-- (Scores.endpointsOfPathway): three short index probes per instrument, whatever the length of the history. The new
-- index also serves every look-up by pathway alone, so it replaces the old one. The partial index by instrument and
-- date served indicator queries over all scores, which read aggregate cells instead since V80: it is dropped (every
-- insert paid for it, and with stale statistics the planner took it for the probes above, reading every score of an
-- instrument to find one pathway's).
CREATE INDEX questionnaire_score_pathway_instrument_idx
    ON questionnaire_score (pathway_id, instrument, scored_at, response_id);
DROP INDEX questionnaire_score_pathway_idx;
DROP INDEX questionnaire_score_indicator_idx;
