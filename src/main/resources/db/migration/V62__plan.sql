-- plan module: the return-to-work plan (oppfølgingsplan), kept as published versions, and acknowledgements.
-- Category: WORK_FUNCTION.
CREATE TABLE plan_version (
  id            UUID PRIMARY KEY,
  pathway_id    UUID         NOT NULL,
  person_id     UUID         NOT NULL,
  number        INTEGER      NOT NULL,
  goal          TEXT         NOT NULL,
  adjustments   JSONB        NOT NULL,
  steps         JSONB        NOT NULL,
  nav_measures  TEXT,
  review_dates  JSONB        NOT NULL,
  published_by  VARCHAR(100) NOT NULL,
  published_at  TIMESTAMPTZ  NOT NULL,
  UNIQUE (pathway_id, number)
);

CREATE TABLE plan_acknowledgement (
  plan_version_id UUID         NOT NULL REFERENCES plan_version (id),
  party           VARCHAR(20)  NOT NULL CHECK (party IN ('PATIENT', 'EMPLOYER')),
  username        VARCHAR(100) NOT NULL,
  acknowledged_at TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (plan_version_id, party)
);
