-- Fills indicator_pathway_fact with :n synthetic pathways over the 60 months up to :'today', then builds
-- indicator_cell from them with the same contributions as indicator.PathwayFact.counters() (written out in SQL here
-- so that a million rows take minutes, not hours; day measures bucketed by indicator_day_band, V82), then each cuboid
-- as the cells summed over the dimensions it leaves out (what indicator.IndicatorCells.apply keeps them equal to). Dimensions: 30 clinics, 3 complaint groups, 5 age bands, 2 sexes,
-- study arm '' (90 %), 'A' or 'B' (5 % each). 1 % are registered in error.
\set ON_ERROR_STOP on
TRUNCATE indicator_pathway_fact, indicator_cell, indicator_cube_month, indicator_cube_arm, indicator_cube_clinic,
  indicator_cube_profile;

INSERT INTO indicator_pathway_fact (pathway_id, month, clinic, complaint_group, age_band, sex, arm, excluded,
  received_on, decision_deadline, decided_on, right_to_care, closed_without_outcome, first_appointment, case_start,
  sick_days, fup_due, fup_met, dm1_due, dm1_met, dm2_due, dm2_met, assessed_on, work_status_3, work_status_6,
  work_status_12, psych_assessable, psych_case_at_start, psych_improved, psych_recovered, psych_reliably_recovered,
  wsas_change, was_change, has_baseline, has_follow_up, updated_at)
SELECT gen_random_uuid(), date_trunc('month', received)::date, clinic, grp, age, sex, arm, excluded,
  received, received + 14, decided, rtc, NOT rtc AND decided IS NOT NULL, first_appt, case_start,
  CASE WHEN case_start IS NULL THEN NULL ELSE 20 + (r3 * 200)::int END,
  fup_due, CASE WHEN r4 < 0.7 AND fup_due <= date :'today' THEN fup_due - (r5 * 10)::int END,
  dm1_due, CASE WHEN r5 < 0.6 AND dm1_due <= date :'today' THEN dm1_due - (r4 * 7)::int + 3 END,
  dm2_due, CASE WHEN r6 < 0.5 AND dm2_due <= date :'today' THEN dm2_due - (r3 * 20)::int + 5 END,
  assessed,
  CASE WHEN assessed + 91 <= date :'today' AND r6 < 0.8
       THEN (ARRAY['FULL','PARTIAL','NOT_WORKING','EDUCATION','AAP'])[1 + (r7 * 5)::int % 5] END,
  CASE WHEN assessed + 182 <= date :'today' AND r6 < 0.7
       THEN (ARRAY['FULL','PARTIAL','NOT_WORKING','EDUCATION','AAP'])[1 + (r8 * 5)::int % 5] END,
  CASE WHEN assessed + 365 <= date :'today' AND r6 < 0.6
       THEN (ARRAY['FULL','PARTIAL','NOT_WORKING','EDUCATION','AAP'])[1 + (r3 * 5)::int % 5] END,
  psych, psych AND r7 < 0.7, psych AND r8 < 0.5, psych AND r7 < 0.7 AND r8 < 0.6, psych AND r7 < 0.7 AND r8 < 0.4,
  CASE WHEN psych THEN (r8 * 20)::int - 12 END, CASE WHEN psych THEN (r7 * 6)::int - 1 END,
  assessed IS NOT NULL, psych, now()
FROM (
  SELECT *,
    CASE WHEN decided IS NOT NULL AND rtc THEN decided + 5 + (r3 * 40)::int END AS first_appt,
    CASE WHEN decided IS NOT NULL AND rtc THEN decided + 10 + (r4 * 30)::int END AS assessed,
    case_start + 27 AS fup_due, case_start + 48 AS dm1_due, case_start + 181 AS dm2_due,
    decided IS NOT NULL AND rtc AND r8 < 0.6 AS psych
  FROM (
    SELECT *,
      CASE WHEN received + 30 < date :'today' OR r1 < 0.5 THEN received + (r1 * 18)::int END AS decided,
      r2 < 0.86 AS rtc,
      CASE WHEN r3 < 0.85 THEN received - 14 - (r4 * 100)::int END AS case_start
    FROM (
      SELECT date :'today' - (random() * 1825)::int AS received,
        '97400' || lpad((1 + (random() * 29)::int)::text, 4, '0') AS clinic,
        (ARRAY['MUSCULOSKELETAL','COMMON_MENTAL','BOTH'])[1 + (random() * 2)::int] AS grp,
        (ARRAY['UNDER_30','FROM_30_TO_39','FROM_40_TO_49','FROM_50_TO_59','FROM_60'])[1 + (random() * 4)::int] AS age,
        CASE WHEN random() < 0.58 THEN 'FEMALE' ELSE 'MALE' END AS sex,
        CASE WHEN random() < 0.9 THEN '' WHEN random() < 0.5 THEN 'A' ELSE 'B' END AS arm,
        random() < 0.01 AS excluded,
        random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
        random() AS r7, random() AS r8
      FROM generate_series(1, :n)
    ) a
  ) b
) c;

INSERT INTO indicator_cell (month, clinic, complaint_group, age_band, sex, arm, measure, bucket, n)
SELECT f.month, f.clinic, f.complaint_group, f.age_band, f.sex, f.arm, m.measure, m.bucket, count(*)
FROM indicator_pathway_fact f
CROSS JOIN LATERAL (VALUES
  ('pathways', 0, true),
  ('decision_total', 0, true),
  ('decision_in_time', 0, f.decided_on <= f.decision_deadline),
  ('decision_days', indicator_day_band(f.decided_on - f.received_on), f.decided_on IS NOT NULL),
  ('first_appt_days', indicator_day_band(f.first_appointment - f.received_on), f.first_appointment IS NOT NULL),
  ('first_contact_days', indicator_day_band(f.first_appointment - f.case_start), f.first_appointment >= f.case_start),
  ('fup_total', 0, f.fup_due IS NOT NULL), ('fup_in_time', 0, f.fup_met <= f.fup_due),
  ('dm1_total', 0, f.dm1_due IS NOT NULL), ('dm1_in_time', 0, f.dm1_met <= f.dm1_due),
  ('dm2_total', 0, f.dm2_due IS NOT NULL), ('dm2_in_time', 0, f.dm2_met <= f.dm2_due),
  ('ws3', array_position(ARRAY['FULL','PARTIAL','NOT_WORKING','EDUCATION','AAP']::varchar[], f.work_status_3) - 1,
   f.work_status_3 IS NOT NULL),
  ('ws6', array_position(ARRAY['FULL','PARTIAL','NOT_WORKING','EDUCATION','AAP']::varchar[], f.work_status_6) - 1,
   f.work_status_6 IS NOT NULL),
  ('ws12', array_position(ARRAY['FULL','PARTIAL','NOT_WORKING','EDUCATION','AAP']::varchar[], f.work_status_12) - 1,
   f.work_status_12 IS NOT NULL),
  ('sick_days', indicator_day_band(f.sick_days), f.sick_days IS NOT NULL),
  ('psych_assessable', 0, f.psych_assessable),
  ('psych_improved', 0, f.psych_assessable AND f.psych_improved),
  ('psych_case_start', 0, f.psych_assessable AND f.psych_case_at_start),
  ('psych_recovered', 0, f.psych_assessable AND f.psych_case_at_start AND f.psych_recovered),
  ('psych_rel_recovered', 0, f.psych_assessable AND f.psych_case_at_start AND f.psych_reliably_recovered),
  ('wsas_change', f.wsas_change, f.wsas_change IS NOT NULL),
  ('was_change', f.was_change, f.was_change IS NOT NULL),
  ('care', 0, f.right_to_care AND NOT f.closed_without_outcome),
  ('complete_data', 0, f.right_to_care AND NOT f.closed_without_outcome AND f.has_baseline AND f.has_follow_up)
) AS m(measure, bucket, applies)
WHERE m.applies AND NOT f.excluded
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO indicator_cube_month (month, measure, bucket, n)
SELECT month, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3;
INSERT INTO indicator_cube_arm (month, arm, measure, bucket, n)
SELECT month, arm, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3, 4;
INSERT INTO indicator_cube_clinic (month, clinic, measure, bucket, n)
SELECT month, clinic, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3, 4;
INSERT INTO indicator_cube_profile (month, complaint_group, age_band, sex, arm, measure, bucket, n)
SELECT month, complaint_group, age_band, sex, arm, measure, bucket, sum(n) FROM indicator_cell
GROUP BY 1, 2, 3, 4, 5, 6, 7;

VACUUM (ANALYZE) indicator_pathway_fact, indicator_cell, indicator_cube_month, indicator_cube_arm,
  indicator_cube_clinic, indicator_cube_profile;
