-- pathway module: the pathway, its tasks and the coordinator's worklist. Categories: ADMIN, WORK_FUNCTION (outcome).
CREATE TABLE pathway (
  id                UUID PRIMARY KEY,
  person_id         UUID         NOT NULL,
  referral_id       UUID         NOT NULL UNIQUE,
  clinic_org_number VARCHAR(9)   NOT NULL,
  coordinator       VARCHAR(100),
  state             VARCHAR(20)  NOT NULL
      CHECK (state IN ('REFERRED', 'TRIAGED', 'IN_ASSESSMENT', 'IN_FOLLOW_UP', 'CLOSED')),
  opened_on         DATE         NOT NULL,
  closed_on         DATE,
  outcome           VARCHAR(30)
      CHECK (outcome IN ('BACK_AT_WORK_FULL', 'BACK_AT_WORK_PARTIAL', 'NEW_JOB', 'EDUCATION',
                         'WORK_ASSESSMENT_ALLOWANCE', 'OTHER')),
  closing_note      TEXT,
  updated_at        TIMESTAMPTZ  NOT NULL,
  updated_by        VARCHAR(100) NOT NULL,
  version           INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX pathway_person_idx ON pathway (person_id);
CREATE INDEX pathway_coordinator_idx ON pathway (coordinator, state);
CREATE INDEX pathway_clinic_state_idx ON pathway (clinic_org_number, state, opened_on);

CREATE TABLE pathway_task (
  id          UUID PRIMARY KEY,
  pathway_id  UUID         NOT NULL REFERENCES pathway (id),
  title       VARCHAR(300) NOT NULL,
  owner       VARCHAR(100) NOT NULL,
  due_date    DATE         NOT NULL,
  done_on     DATE,
  created_by  VARCHAR(100) NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL,
  void_reason TEXT,
  voided_by   VARCHAR(100),
  voided_at   TIMESTAMPTZ,
  version     INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX pathway_task_pathway_idx ON pathway_task (pathway_id);

-- The worklist: one row per open item (a task, or a statutory milestone not yet met) with its owner.
-- Kept up to date by the pathway module from its own changes and from sickleave's events; read with one index range scan.
CREATE TABLE worklist_item (
  pathway_id UUID         NOT NULL REFERENCES pathway (id),
  kind       VARCHAR(20)  NOT NULL CHECK (kind IN ('TASK', 'MILESTONE')),
  ref        VARCHAR(60)  NOT NULL,
  owner      VARCHAR(100) NOT NULL,
  title      VARCHAR(300) NOT NULL,
  due_date   DATE         NOT NULL,
  PRIMARY KEY (pathway_id, kind, ref)
);
CREATE INDEX worklist_item_owner_due_idx ON worklist_item (owner, due_date, pathway_id);
