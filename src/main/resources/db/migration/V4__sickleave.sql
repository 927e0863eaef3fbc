-- sickleave module: sick-leave periods and the milestones met. Category: WORK_FUNCTION.
CREATE TABLE sick_leave_period (
  id            UUID PRIMARY KEY,
  person_id     UUID         NOT NULL,
  from_date     DATE         NOT NULL,
  to_date       DATE         NOT NULL,
  grade         INTEGER      NOT NULL CHECK (grade BETWEEN 1 AND 100),
  registered_by VARCHAR(100) NOT NULL,
  registered_at TIMESTAMPTZ  NOT NULL,
  void_reason   TEXT,
  voided_by     VARCHAR(100),
  voided_at     TIMESTAMPTZ,
  CHECK (to_date >= from_date)
);
CREATE INDEX sick_leave_period_person_idx ON sick_leave_period (person_id, from_date);

-- A milestone of one case period marked as met (e.g. the follow-up plan made, dialogue meeting 1 held).
CREATE TABLE milestone_met (
  person_id   UUID         NOT NULL,
  case_start  DATE         NOT NULL,
  kind        VARCHAR(40)  NOT NULL,
  met_on      DATE         NOT NULL,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (person_id, case_start, kind)
);
