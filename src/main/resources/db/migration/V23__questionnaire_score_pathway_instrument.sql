-- questionnaire module: a pathway's first and last score per instrument (what indicators need) without reading the
-- whole history. Replaces the plain pathway index, whose lookups this one serves too.
DROP INDEX questionnaire_score_pathway_idx;
CREATE INDEX questionnaire_score_pathway_instrument_idx ON questionnaire_score (pathway_id, instrument, scored_at);
