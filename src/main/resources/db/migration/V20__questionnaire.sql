-- questionnaire module: assignments and their rounds, patient links, responses, answers and scores. Category: HEALTH.
-- No national ID here: persons are referred to by their internal id only.
CREATE TABLE questionnaire_assignment (
  id          UUID PRIMARY KEY,
  pathway_id  UUID         NOT NULL,
  person_id   UUID         NOT NULL,
  instruments TEXT         NOT NULL, -- canonical 'url|version' of each instrument, separated by spaces
  created_by  VARCHAR(100) NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX questionnaire_assignment_pathway_idx ON questionnaire_assignment (pathway_id);

CREATE TABLE questionnaire_round (
  id            UUID PRIMARY KEY,
  assignment_id UUID        NOT NULL REFERENCES questionnaire_assignment (id),
  pathway_id    UUID        NOT NULL,
  person_id     UUID        NOT NULL,
  label         VARCHAR(40) NOT NULL,
  due_date      DATE        NOT NULL,
  completed_at  TIMESTAMPTZ,
  version       INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX questionnaire_round_pathway_idx ON questionnaire_round (pathway_id, due_date);

-- A personal link: only the SHA-256 of the 256-bit token is stored. Single use: used_at is set when the round is done.
CREATE TABLE questionnaire_link (
  token_hash BYTEA        PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  round_id   UUID         NOT NULL REFERENCES questionnaire_round (id),
  expires_at TIMESTAMPTZ  NOT NULL,
  used_at    TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ,
  created_by VARCHAR(100) NOT NULL,
  created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX questionnaire_link_round_idx ON questionnaire_link (round_id);

-- One response per round and instrument; a correction is a new response that references the one it corrects.
CREATE TABLE questionnaire_response (
  id                    UUID PRIMARY KEY,
  round_id              UUID         NOT NULL REFERENCES questionnaire_round (id),
  person_id             UUID         NOT NULL,
  questionnaire_url     VARCHAR(200) NOT NULL,
  questionnaire_version VARCHAR(20)  NOT NULL,
  status                VARCHAR(12)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
  corrects              UUID REFERENCES questionnaire_response (id),
  correction_reason     TEXT,
  started_at            TIMESTAMPTZ  NOT NULL,
  submitted_at          TIMESTAMPTZ,
  submitted_by          VARCHAR(100),
  version               INTEGER      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX questionnaire_response_original_idx ON questionnaire_response (round_id, questionnaire_url)
  WHERE corrects IS NULL;
CREATE UNIQUE INDEX questionnaire_response_corrects_idx ON questionnaire_response (corrects) WHERE corrects IS NOT NULL;

-- Answers are saved one by one as the patient goes (upsert by linkId), so two tabs never overwrite each other's items.
CREATE TABLE questionnaire_answer (
  response_id UUID        NOT NULL REFERENCES questionnaire_response (id),
  link_id     VARCHAR(40) NOT NULL,
  value       VARCHAR(40) NOT NULL,
  answered_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (response_id, link_id)
);

-- Scores, stored so that indicators can query them without re-scoring. An incomplete score has no total and lists the
-- missing items; a corrected score points to the response that replaced it.
CREATE TABLE questionnaire_score (
  response_id         UUID PRIMARY KEY REFERENCES questionnaire_response (id),
  person_id           UUID        NOT NULL,
  pathway_id          UUID        NOT NULL,
  round_id            UUID        NOT NULL,
  round_label         VARCHAR(40) NOT NULL,
  instrument          VARCHAR(60) NOT NULL,
  instrument_version  VARCHAR(20) NOT NULL,
  total               INTEGER,
  max_total           INTEGER     NOT NULL,
  band                VARCHAR(30),
  caseness            BOOLEAN,
  complete            BOOLEAN     NOT NULL,
  work_not_applicable BOOLEAN     NOT NULL DEFAULT FALSE,
  missing             TEXT,
  scored_at           TIMESTAMPTZ NOT NULL,
  superseded_by       UUID REFERENCES questionnaire_response (id),
  CHECK (complete = (total IS NOT NULL))
);
CREATE INDEX questionnaire_score_indicator_idx ON questionnaire_score (instrument, scored_at)
  WHERE complete AND superseded_by IS NULL;
CREATE INDEX questionnaire_score_person_idx ON questionnaire_score (person_id, instrument, scored_at);
CREATE INDEX questionnaire_score_pathway_idx ON questionnaire_score (pathway_id);
