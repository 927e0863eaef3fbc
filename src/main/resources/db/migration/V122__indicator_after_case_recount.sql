-- indicator module: "follow-up plan by week 4" version 2, "dialogue meeting 1 by week 7" version 3 and "dialogue
-- meeting 2 by week 26" version 2 leave out a milestone due after the case's last registered sick day (the person is
-- back at work; decision 0045, SickLeaveTimeline.isDuty via FactInputs.deadlines). Only a fact stored with one of
-- these due dates can lose one, so those are marked out of date here and the indicator refresher recomputes them from
-- the owning modules, as after any change (decision 0010). Nothing is computed in SQL.
INSERT INTO indicator_stale (pathway_id, marked_at)
SELECT pathway_id, now() FROM indicator_pathway_fact
WHERE fup_due IS NOT NULL OR dm1_due IS NOT NULL OR dm2_due IS NOT NULL
ON CONFLICT (pathway_id) DO UPDATE SET generation = indicator_stale.generation + 1;
