-- assessment module: the interdisciplinary, work-focused assessment of a pathway.
-- Categories: HEALTH (health), WORK_FUNCTION (everything else; the work questions and the conclusion).
CREATE TABLE assessment (
  pathway_id          UUID PRIMARY KEY,
  person_id           UUID         NOT NULL,
  health              TEXT         NOT NULL,
  work_ability        TEXT         NOT NULL,
  restrictions        TEXT,
  work_demands        TEXT,
  motivation          TEXT,
  barrier_conflict    BOOLEAN      NOT NULL DEFAULT FALSE,
  barrier_adjustments BOOLEAN      NOT NULL DEFAULT FALSE,
  barrier_leadership  BOOLEAN      NOT NULL DEFAULT FALSE,
  barrier_note        TEXT,
  has_job             BOOLEAN      NOT NULL,
  able_to_work        VARCHAR(20)  NOT NULL CHECK (able_to_work IN ('NOW', 'WITH_ADJUSTMENTS', 'NOT_NOW')),
  work_benefits_health VARCHAR(10) NOT NULL CHECK (work_benefits_health IN ('YES', 'NO', 'UNCERTAIN')),
  conclusion          TEXT         NOT NULL,
  next_steps          VARCHAR(200) NOT NULL,
  gp_summary          TEXT,
  assessed_on         DATE         NOT NULL,
  updated_by          VARCHAR(100) NOT NULL,
  updated_at          TIMESTAMPTZ  NOT NULL,
  version             INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX assessment_person_idx ON assessment (person_id);
