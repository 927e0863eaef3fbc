-- meeting module: collaboration and dialogue meetings, replies, minutes and their corrections.
-- Categories: ADMIN (time, place, participants, replies), WORK_FUNCTION (minutes), HEALTH (clinical note of the minutes).
CREATE TABLE meeting (
  id             UUID PRIMARY KEY,
  pathway_id     UUID         NOT NULL,
  person_id      UUID         NOT NULL,
  type           VARCHAR(30)  NOT NULL CHECK (type IN ('COLLABORATION', 'DIALOGUE_1', 'DIALOGUE_2', 'DIALOGUE_3', 'JOINT_DISCHARGE')),
  status         VARCHAR(20)  NOT NULL CHECK (status IN ('INVITED', 'RESCHEDULED', 'HELD', 'CANCELLED')),
  starts_at      TIMESTAMPTZ  NOT NULL,
  ends_at        TIMESTAMPTZ  NOT NULL,
  place          VARCHAR(300),
  video_link     VARCHAR(500),
  participants   JSONB        NOT NULL,
  situation      TEXT,
  conclusion     TEXT,
  clinical_note  TEXT,
  minute_tasks   JSONB,
  minutes_final  BOOLEAN      NOT NULL DEFAULT FALSE,
  created_by     VARCHAR(100) NOT NULL,
  updated_by     VARCHAR(100) NOT NULL,
  updated_at     TIMESTAMPTZ  NOT NULL,
  version        INTEGER      NOT NULL DEFAULT 0,
  CHECK (ends_at > starts_at)
);
CREATE INDEX meeting_pathway_idx ON meeting (pathway_id, starts_at);

-- Corrections of finalised minutes: what the minutes said before, who corrected them, and why.
CREATE TABLE minutes_correction (
  id            UUID PRIMARY KEY,
  meeting_id    UUID         NOT NULL REFERENCES meeting (id),
  old_situation TEXT,
  old_conclusion TEXT,
  reason        TEXT         NOT NULL,
  corrected_by  VARCHAR(100) NOT NULL,
  corrected_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX minutes_correction_meeting_idx ON minutes_correction (meeting_id, corrected_at);
