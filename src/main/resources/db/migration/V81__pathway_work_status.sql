-- pathway module: work status at the follow-up points after the assessment (3, 6 and 12 months). Category: WORK_FUNCTION.
CREATE TABLE pathway_work_status (
  pathway_id  UUID         NOT NULL REFERENCES pathway (id),
  months      INTEGER      NOT NULL CHECK (months IN (3, 6, 12)),
  status      VARCHAR(20)  NOT NULL
      CHECK (status IN ('FULL', 'PARTIAL', 'NOT_WORKING', 'EDUCATION', 'AAP')),
  recorded_on DATE         NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMPTZ  NOT NULL,
  version     INTEGER      NOT NULL DEFAULT 0,
  PRIMARY KEY (pathway_id, months)
);
