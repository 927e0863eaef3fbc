-- indicator module: one fact row per pathway and additive aggregate cells, both kept up to date by the indicator
-- module in the transaction of the change that moved them (decision 0010). No names or ID numbers: the fact row holds
-- the pathway id, bands and dates only, and the cells hold counts.
CREATE TABLE indicator_pathway_fact (
  pathway_id              UUID PRIMARY KEY,
  month                   DATE        NOT NULL,
  clinic                  VARCHAR(9)  NOT NULL,
  complaint_group         VARCHAR(20) NOT NULL,
  age_band                VARCHAR(20) NOT NULL,
  sex                     VARCHAR(10) NOT NULL,
  arm                     VARCHAR(40) NOT NULL DEFAULT '',
  excluded                BOOLEAN     NOT NULL,
  received_on             DATE        NOT NULL,
  decision_deadline       DATE        NOT NULL,
  decided_on              DATE,
  right_to_care           BOOLEAN     NOT NULL,
  closed_without_outcome  BOOLEAN     NOT NULL,
  first_appointment       DATE,
  case_start              DATE,
  sick_days               INTEGER,
  fup_due                 DATE,
  fup_met                 DATE,
  dm1_due                 DATE,
  dm1_met                 DATE,
  dm2_due                 DATE,
  dm2_met                 DATE,
  assessed_on             DATE,
  work_status_3           VARCHAR(20),
  work_status_6           VARCHAR(20),
  work_status_12          VARCHAR(20),
  psych_assessable        BOOLEAN     NOT NULL,
  psych_case_at_start     BOOLEAN     NOT NULL,
  psych_improved          BOOLEAN     NOT NULL,
  psych_recovered         BOOLEAN     NOT NULL,
  psych_reliably_recovered BOOLEAN    NOT NULL,
  wsas_change             INTEGER,
  was_change              INTEGER,
  has_baseline            BOOLEAN     NOT NULL,
  has_follow_up           BOOLEAN     NOT NULL,
  updated_at              TIMESTAMPTZ NOT NULL
);
-- Deadlines still open on the day of the query are taken out of the denominators at query time (decision 0010):
-- these partial indexes hold only the rows not yet settled, so the correction reads the recent flow, not the history.
CREATE INDEX indicator_fact_decision_open_idx ON indicator_pathway_fact (decision_deadline)
  WHERE decided_on IS NULL AND NOT excluded;
CREATE INDEX indicator_fact_fup_open_idx ON indicator_pathway_fact (fup_due) WHERE fup_met IS NULL AND NOT excluded;
CREATE INDEX indicator_fact_dm1_open_idx ON indicator_pathway_fact (dm1_due) WHERE dm1_met IS NULL AND NOT excluded;
CREATE INDEX indicator_fact_dm2_open_idx ON indicator_pathway_fact (dm2_due) WHERE dm2_met IS NULL AND NOT excluded;

-- Additive cells: month x clinic x complaint group x age band x sex x study arm x measure x bucket -> count.
-- A count measure uses bucket 0; a histogram (days, score change, work status) uses the value as bucket.
CREATE TABLE indicator_cell (
  month           DATE        NOT NULL,
  clinic          VARCHAR(9)  NOT NULL,
  complaint_group VARCHAR(20) NOT NULL,
  age_band        VARCHAR(20) NOT NULL,
  sex             VARCHAR(10) NOT NULL,
  arm             VARCHAR(40) NOT NULL,
  measure         VARCHAR(30) NOT NULL,
  bucket          INTEGER     NOT NULL,
  n               BIGINT      NOT NULL CHECK (n >= 0),
  PRIMARY KEY (month, clinic, complaint_group, age_band, sex, arm, measure, bucket)
);
CREATE INDEX indicator_cell_clinic_idx ON indicator_cell (clinic, month);
