-- access module: who is related to a person, and the person's consents. Kept with full history.
CREATE TABLE access_relationship (
  id                  UUID PRIMARY KEY,
  person_id           UUID         NOT NULL,
  party               VARCHAR(20)  NOT NULL,
  organisation_number VARCHAR(20),
  user_ref            VARCHAR(100),
  basis               VARCHAR(200) NOT NULL,
  valid_from          DATE         NOT NULL,
  valid_to            DATE,
  created_by          VARCHAR(100) NOT NULL,
  created_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_relationship_person_idx ON access_relationship (person_id);
CREATE UNIQUE INDEX access_relationship_unique_idx
  ON access_relationship (person_id, party, COALESCE(organisation_number, ''), COALESCE(user_ref, ''));

CREATE TABLE consent (
  id                     UUID PRIMARY KEY,
  person_id              UUID         NOT NULL,
  recipient_party        VARCHAR(20)  NOT NULL,
  recipient_organisation VARCHAR(20),
  category               VARCHAR(20)  NOT NULL CHECK (category IN ('ADMIN', 'WORK_FUNCTION', 'HEALTH')),
  purpose                VARCHAR(40)  NOT NULL,
  valid_from             DATE         NOT NULL,
  valid_until            DATE,
  given_by               VARCHAR(100) NOT NULL,
  given_how              VARCHAR(30)  NOT NULL CHECK (given_how IN ('SELF', 'RECORDED_BY_CLINICIAN')),
  given_at               TIMESTAMPTZ  NOT NULL,
  withdrawn_at           TIMESTAMPTZ,
  withdrawn_by           VARCHAR(100),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX consent_person_idx ON consent (person_id, given_at);

-- Every recorded change carries the category of what it describes, so the history shows each viewer only what they may see.
ALTER TABLE change_record ADD COLUMN category VARCHAR(20) NOT NULL DEFAULT 'ADMIN';
