-- referral module: referrals and triage decisions. Reason and codes are HEALTH; the rest ADMIN.
CREATE TABLE referral (
  id                    UUID PRIMARY KEY,
  person_id             UUID         NOT NULL,
  employment_id         UUID,
  clinic_org_number     VARCHAR(9)   NOT NULL,
  referrer_kind         VARCHAR(30)  NOT NULL CHECK (referrer_kind IN ('GP', 'OTHER_HEALTH_SERVICE')),
  referrer_name         VARCHAR(200) NOT NULL,
  referrer_hpr          VARCHAR(9),
  referrer_organisation VARCHAR(200),
  received_on           DATE         NOT NULL,
  sick_leave_status     VARCHAR(20)  NOT NULL CHECK (sick_leave_status IN ('NONE', 'PARTIAL', 'FULL')),
  sick_leave_grade      INTEGER CHECK (sick_leave_grade BETWEEN 1 AND 100),
  sick_leave_since      DATE,
  complaint_group       VARCHAR(20)  NOT NULL CHECK (complaint_group IN ('MUSCULOSKELETAL', 'COMMON_MENTAL', 'BOTH')),
  diagnosis_system      VARCHAR(10)  NOT NULL CHECK (diagnosis_system IN ('ICPC2', 'ICD10')),
  diagnosis_code        VARCHAR(10)  NOT NULL,
  tried_so_far          TEXT,
  work_goal             TEXT,
  assessment_deadline   DATE         NOT NULL,
  status                VARCHAR(30)  NOT NULL
      CHECK (status IN ('RECEIVED', 'RIGHT_TO_CARE', 'NO_RIGHT', 'MORE_INFORMATION_NEEDED')),
  latest_start_date     DATE,
  decision_text         TEXT,
  decided_on            DATE,
  decided_by            VARCHAR(100),
  registered_by         VARCHAR(100) NOT NULL,
  registered_at         TIMESTAMPTZ  NOT NULL,
  void_reason           TEXT,
  voided_by             VARCHAR(100),
  voided_at             TIMESTAMPTZ,
  version               INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX referral_person_idx ON referral (person_id);
-- The intake list: referrals still waiting for a decision, by deadline.
CREATE INDEX referral_awaiting_idx ON referral (clinic_org_number, assessment_deadline)
  WHERE status IN ('RECEIVED', 'MORE_INFORMATION_NEEDED') AND voided_at IS NULL;

-- Every triage decision, in order; the latest one is also on the referral row.
CREATE TABLE triage_decision (
  id                UUID PRIMARY KEY,
  referral_id       UUID         NOT NULL REFERENCES referral (id),
  outcome           VARCHAR(30)  NOT NULL CHECK (outcome IN ('RIGHT_TO_CARE', 'NO_RIGHT', 'MORE_INFORMATION_NEEDED')),
  latest_start_date DATE,
  decision_text     TEXT,
  decided_on        DATE         NOT NULL,
  decided_by        VARCHAR(100) NOT NULL,
  decided_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX triage_decision_referral_idx ON triage_decision (referral_id, decided_at);
