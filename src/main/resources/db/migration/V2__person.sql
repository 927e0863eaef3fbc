-- person module: the patient and their employment. Category: ADMIN.
CREATE TABLE person (
  id            UUID PRIMARY KEY,
  national_id   VARCHAR(11)  NOT NULL UNIQUE,
  given_name    VARCHAR(100) NOT NULL,
  family_name   VARCHAR(100) NOT NULL,
  phone         VARCHAR(30),
  email         VARCHAR(200),
  created_at    TIMESTAMPTZ  NOT NULL,
  version       INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE employment (
  id                  UUID PRIMARY KEY,
  person_id           UUID         NOT NULL REFERENCES person (id),
  employer_org_number VARCHAR(9)   NOT NULL,
  employer_name       VARCHAR(200) NOT NULL,
  occupation          VARCHAR(200),
  leader_name         VARCHAR(200),
  leader_phone        VARCHAR(30),
  leader_email        VARCHAR(200),
  created_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX employment_person_idx ON employment (person_id);
CREATE INDEX employment_employer_idx ON employment (employer_org_number);
