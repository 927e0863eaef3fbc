-- history module: who changed what and when, for every entity of a person's pathway.
CREATE TABLE change_record (
  id          BIGSERIAL PRIMARY KEY,
  person_id   UUID         NOT NULL,
  entity_type VARCHAR(40)  NOT NULL,
  entity_id   UUID         NOT NULL,
  action      VARCHAR(60)  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  at          TIMESTAMPTZ  NOT NULL,
  detail      TEXT
);
CREATE INDEX change_record_person_idx ON change_record (person_id, at);
