-- indicator module: "dialogue meeting 1 by week 7" version 2 leaves out a meeting that is held only on request (no
-- fully sick-listed day up to week 7, decisions 0039 and 0043; FactInputs.deadlines). Facts stored with a DM1 date were counted
-- by version 1, so they are marked out of date here and the indicator refresher recomputes them from the owning
-- modules, as after any change (decision 0010). Nothing is computed in SQL.
INSERT INTO indicator_stale (pathway_id, marked_at)
SELECT pathway_id, now() FROM indicator_pathway_fact WHERE dm1_due IS NOT NULL
ON CONFLICT (pathway_id) DO UPDATE SET generation = indicator_stale.generation + 1;
