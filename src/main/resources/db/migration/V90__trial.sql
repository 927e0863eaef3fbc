-- trial module: trials, their arms and clinics, the concealed allocation sequences and the enrolments. Category of an
-- enrolment: ADMIN. The sequence (trial_slot) is never returned by any query or API: only an enrolled pathway's arm is.
CREATE TABLE trial (
  id                 UUID PRIMARY KEY,
  code               VARCHAR(40)  NOT NULL UNIQUE,
  title              VARCHAR(300) NOT NULL,
  design             VARCHAR(20)  NOT NULL CHECK (design IN ('INDIVIDUAL', 'CLUSTER_BY_CLINIC')),
  block_sizes        VARCHAR(60)  NOT NULL, -- allowed block sizes, comma-separated (individual design)
  planned_per_clinic INTEGER      NOT NULL CHECK (planned_per_clinic > 0),
  status             VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
  created_by         VARCHAR(100) NOT NULL,
  created_at         TIMESTAMPTZ  NOT NULL,
  opened_at          TIMESTAMPTZ,
  version            INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE trial_arm (
  trial_id UUID         NOT NULL REFERENCES trial (id),
  code     VARCHAR(40)  NOT NULL,
  label    VARCHAR(200) NOT NULL,
  position INTEGER      NOT NULL,
  PRIMARY KEY (trial_id, code)
);

-- One row per clinic taking part: its arm (cluster design) and the next free place in its sequence (individual design).
-- Enrolment locks this row, so two enrolments in one clinic never take the same place.
CREATE TABLE trial_clinic (
  trial_id          UUID        NOT NULL REFERENCES trial (id),
  clinic_org_number VARCHAR(9)  NOT NULL,
  arm               VARCHAR(40),
  next_position     INTEGER     NOT NULL DEFAULT 0,
  PRIMARY KEY (trial_id, clinic_org_number)
);

CREATE TABLE trial_slot (
  trial_id          UUID        NOT NULL REFERENCES trial (id),
  clinic_org_number VARCHAR(9)  NOT NULL,
  position          INTEGER     NOT NULL,
  block_no          INTEGER     NOT NULL,
  arm               VARCHAR(40) NOT NULL,
  PRIMARY KEY (trial_id, clinic_org_number, position)
);

-- A pathway takes part in at most one trial.
CREATE TABLE trial_enrolment (
  pathway_id        UUID         PRIMARY KEY,
  trial_id          UUID         NOT NULL REFERENCES trial (id),
  person_id         UUID         NOT NULL,
  clinic_org_number VARCHAR(9)   NOT NULL,
  arm               VARCHAR(40)  NOT NULL,
  position          INTEGER,
  enrolled_by       VARCHAR(100) NOT NULL,
  enrolled_at       TIMESTAMPTZ  NOT NULL,
  UNIQUE (trial_id, clinic_org_number, position)
);
CREATE INDEX trial_enrolment_trial_idx ON trial_enrolment (trial_id, arm);
