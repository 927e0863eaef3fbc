-- history module: the clinic holding the pathway or referral a change belongs to (null: person-level data), so a
-- clinic's team sees the changes of its own pathways only (decision 0030). Existing rows are matched by their entity
-- id to the pathway, referral, task, meeting, plan version, questionnaire assignment or round they describe.
ALTER TABLE change_record ADD COLUMN clinic_org_number VARCHAR(9);

UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM pathway p WHERE c.entity_id = p.id AND c.entity_type IN ('PATHWAY', 'ASSESSMENT', 'TRIAL_ENROLMENT');
UPDATE change_record c SET clinic_org_number = r.clinic_org_number
  FROM referral r WHERE c.entity_id = r.id AND c.entity_type = 'REFERRAL';
UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM pathway_task t JOIN pathway p ON p.id = t.pathway_id WHERE c.entity_id = t.id AND c.entity_type = 'TASK';
UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM meeting m JOIN pathway p ON p.id = m.pathway_id WHERE c.entity_id = m.id AND c.entity_type = 'MEETING';
UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM plan_version v JOIN pathway p ON p.id = v.pathway_id WHERE c.entity_id = v.id AND c.entity_type = 'PLAN';
UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM questionnaire_assignment a JOIN pathway p ON p.id = a.pathway_id
  WHERE c.entity_id = a.id AND c.entity_type = 'QUESTIONNAIRE';
UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM questionnaire_round r JOIN pathway p ON p.id = r.pathway_id
  WHERE c.entity_id = r.id AND c.entity_type = 'QUESTIONNAIRE_LINK';
UPDATE change_record c SET clinic_org_number = p.clinic_org_number
  FROM questionnaire_response s JOIN questionnaire_round r ON r.id = s.round_id JOIN pathway p ON p.id = r.pathway_id
  WHERE c.entity_id = s.id AND c.entity_type = 'QUESTIONNAIRE_RESPONSE';
