-- access module: a patient's objection (reservasjon) to research use of their data without consent. One row per
-- person; withdrawing keeps the row (as history) until a new objection replaces it.
CREATE TABLE research_objection (
  person_id    UUID PRIMARY KEY,
  objected_at  TIMESTAMPTZ  NOT NULL,
  recorded_by  VARCHAR(100) NOT NULL,
  withdrawn_at TIMESTAMPTZ,
  withdrawn_by VARCHAR(100)
);
