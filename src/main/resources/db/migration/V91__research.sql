-- research module: projects (with their pseudonymisation secret, which never leaves the server), the record of every
-- extract, and the one read-only view an extract reads. The view is the research module's contract with the modules
-- that own the data (pathway, person, referral, sickleave, questionnaire, trial): it names exactly the columns an
-- extract may use — no names, no free text (notes, work goals, reasons), no contact details. A migration that changes
-- one of those tables must keep the view compiling (PostgreSQL refuses to drop a column a view uses). See decision 0016.
CREATE TABLE research_project (
  id                UUID PRIMARY KEY,
  code              VARCHAR(40)   NOT NULL UNIQUE,
  title             VARCHAR(300)  NOT NULL,
  rek_reference     VARCHAR(60)   NOT NULL,
  legal_basis       VARCHAR(20)   NOT NULL CHECK (legal_basis IN ('CONSENT', 'EXEMPTION')),
  legal_basis_text  VARCHAR(2000) NOT NULL,
  date_granularity  VARCHAR(10)   NOT NULL CHECK (date_granularity IN ('DAY', 'MONTH')),
  variables         VARCHAR(200)  NOT NULL, -- chosen variable groups, comma-separated
  secret            BYTEA         NOT NULL CHECK (length(secret) = 32),
  created_by        VARCHAR(100)  NOT NULL,
  created_at        TIMESTAMPTZ   NOT NULL,
  version           INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE research_extract (
  id                UUID PRIMARY KEY,
  project_id        UUID         NOT NULL REFERENCES research_project (id),
  run_by            VARCHAR(100) NOT NULL,
  run_at            TIMESTAMPTZ  NOT NULL,
  candidate_rows    INTEGER      NOT NULL,
  rows_written      INTEGER      NOT NULL,
  rows_generalised  INTEGER      NOT NULL,
  rows_suppressed   INTEGER      NOT NULL,
  persons_included  INTEGER      NOT NULL,
  dataset_sha256    VARCHAR(64)  NOT NULL
);
CREATE INDEX research_extract_project_idx ON research_extract (project_id, run_at DESC);

CREATE VIEW research_source AS
SELECT
  p.id AS pathway_id,
  p.person_id,
  pe.national_id,
  p.clinic_org_number,
  r.complaint_group,
  r.received_on,
  p.opened_on,
  p.closed_on,
  p.state,
  p.outcome,
  (r.voided_at IS NOT NULL) AS registered_in_error,
  (SELECT MAX(m.met_on) FROM milestone_met m WHERE m.person_id = p.person_id AND m.kind = 'FOLLOW_UP_PLAN') AS plan_met_on,
  (SELECT MAX(m.met_on) FROM milestone_met m WHERE m.person_id = p.person_id AND m.kind = 'DIALOGUE_MEETING_1') AS dialogue_meeting_1_met_on,
  (SELECT MAX(m.met_on) FROM milestone_met m WHERE m.person_id = p.person_id AND m.kind = 'ACTIVITY_REQUIREMENT') AS activity_requirement_met_on,
  (SELECT MAX(m.met_on) FROM milestone_met m WHERE m.person_id = p.person_id AND m.kind = 'DIALOGUE_MEETING_2') AS dialogue_meeting_2_met_on,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at) AS rn FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'phq-9' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1) AS phq9_baseline,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at DESC) AS rn, count(*) OVER () AS n
     FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'phq-9' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1 AND x.n > 1) AS phq9_follow_up,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at) AS rn FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'gad-7' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1) AS gad7_baseline,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at DESC) AS rn, count(*) OVER () AS n
     FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'gad-7' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1 AND x.n > 1) AS gad7_follow_up,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at) AS rn FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'ompsq-sf' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1) AS ompsq_baseline,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at DESC) AS rn, count(*) OVER () AS n
     FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'ompsq-sf' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1 AND x.n > 1) AS ompsq_follow_up,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at) AS rn FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'wsas' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1) AS wsas_baseline,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at DESC) AS rn, count(*) OVER () AS n
     FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'wsas' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1 AND x.n > 1) AS wsas_follow_up,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at) AS rn FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'work-ability-score' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1) AS was_baseline,
  (SELECT x.total FROM (SELECT s.total, row_number() OVER (ORDER BY s.scored_at DESC) AS rn, count(*) OVER () AS n
     FROM questionnaire_score s
     WHERE s.pathway_id = p.id AND s.instrument = 'work-ability-score' AND s.complete AND s.superseded_by IS NULL) x
   WHERE x.rn = 1 AND x.n > 1) AS was_follow_up,
  t.code AS trial_code,
  e.arm AS trial_arm
FROM pathway p
JOIN person pe ON pe.id = p.person_id
JOIN referral r ON r.id = p.referral_id
LEFT JOIN trial_enrolment e ON e.pathway_id = p.id
LEFT JOIN trial t ON t.id = e.trial_id;
