-- Workplace programme (bedriftstiltaket). No person health data and no link to any patient pathway: the tables
-- hold workplaces, their programme runs, workplace measures, anonymous survey answers and aggregate sick-leave figures.

CREATE TABLE programme_cohort (
  id          uuid PRIMARY KEY,
  name        text NOT NULL,
  region      text NOT NULL,
  starts_on   date NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL,
  version     int NOT NULL DEFAULT 0
);

-- Cluster randomisation of a cohort's workplaces; made once, with its seed, so it can be reproduced.
CREATE TABLE programme_allocation (
  cohort_id     uuid PRIMARY KEY REFERENCES programme_cohort (id),
  seed          bigint NOT NULL,
  method        text NOT NULL,
  allocated_by  text NOT NULL,
  allocated_at  timestamptz NOT NULL
);

CREATE TABLE programme_workplace (
  id                   uuid PRIMARY KEY,
  organisation_number  char(9) NOT NULL UNIQUE,
  name                 text NOT NULL,
  sector               text NOT NULL,
  headcount            int NOT NULL CHECK (headcount > 0),
  cohort_id            uuid REFERENCES programme_cohort (id),
  arm                  text,
  enrolled_by          text NOT NULL,
  enrolled_at          timestamptz NOT NULL,
  version              int NOT NULL DEFAULT 0
);
CREATE INDEX programme_workplace_cohort ON programme_workplace (cohort_id, name);

CREATE TABLE programme_contact_person (
  workplace_id  uuid NOT NULL REFERENCES programme_workplace (id),
  position      int NOT NULL,
  name          text NOT NULL,
  title         text,
  email         text,
  phone         text,
  PRIMARY KEY (workplace_id, position)
);

CREATE TABLE programme_health_contributor (
  workplace_id  uuid NOT NULL REFERENCES programme_workplace (id),
  position      int NOT NULL,
  name          text NOT NULL,
  profession    text NOT NULL,
  organisation  text,
  PRIMARY KEY (workplace_id, position)
);

CREATE TABLE programme_run (
  id            uuid PRIMARY KEY,
  workplace_id  uuid NOT NULL UNIQUE REFERENCES programme_workplace (id),
  template      text NOT NULL,
  review_on     date,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  version       int NOT NULL DEFAULT 0
);

CREATE TABLE programme_step (
  id            uuid PRIMARY KEY,
  run_id        uuid NOT NULL REFERENCES programme_run (id),
  position      int NOT NULL,
  kind          text NOT NULL,
  topic         text NOT NULL,
  title         text NOT NULL,
  planned_on    date NOT NULL,
  delivered_on  date,
  attendance    int CHECK (attendance >= 0),
  notes         text,
  version       int NOT NULL DEFAULT 0,
  UNIQUE (run_id, position)
);

-- Workplace measures from the IA process: what, which role owns it (never a named employee), due date, status.
CREATE TABLE programme_measure (
  id          uuid PRIMARY KEY,
  run_id      uuid NOT NULL REFERENCES programme_run (id),
  what        text NOT NULL,
  owner_role  text NOT NULL,
  due_on      date NOT NULL,
  status      text NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL,
  version     int NOT NULL DEFAULT 0
);
CREATE INDEX programme_measure_run ON programme_measure (run_id, due_on);

CREATE TABLE programme_content (
  id                uuid PRIMARY KEY,
  kind              text NOT NULL,
  topic             text NOT NULL,
  title             text NOT NULL,
  description       text NOT NULL,
  duration_minutes  int NOT NULL CHECK (duration_minutes > 0),
  url               text NOT NULL,
  version           int NOT NULL DEFAULT 0
);

-- One anonymous link per run and wave, shared with every participant; it identifies nobody.
CREATE TABLE programme_survey_link (
  token       text PRIMARY KEY,
  run_id      uuid NOT NULL REFERENCES programme_run (id),
  wave        text NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL,
  UNIQUE (run_id, wave)
);

-- Anonymous responses: keyed only by run and wave, the date without time, no person, session or address.
CREATE TABLE programme_survey_response (
  id             uuid PRIMARY KEY,
  run_id         uuid NOT NULL REFERENCES programme_run (id),
  wave           text NOT NULL,
  questionnaire  text NOT NULL,
  submitted_on   date NOT NULL
);
CREATE INDEX programme_survey_response_run ON programme_survey_response (run_id, wave);

CREATE TABLE programme_survey_answer (
  response_id  uuid NOT NULL REFERENCES programme_survey_response (id),
  link_id      text NOT NULL,
  value        int NOT NULL,
  PRIMARY KEY (response_id, link_id)
);

CREATE TABLE programme_survey_score (
  response_id  uuid NOT NULL REFERENCES programme_survey_response (id),
  scale        text NOT NULL,
  score        numeric(6, 3),
  PRIMARY KEY (response_id, scale)
);

-- Sick-leave percent per quarter as the workplace chooses to report it: aggregates only.
CREATE TABLE programme_sick_leave (
  workplace_id  uuid NOT NULL REFERENCES programme_workplace (id),
  year          int NOT NULL,
  quarter       int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  percent       numeric(5, 2) NOT NULL CHECK (percent >= 0 AND percent <= 100),
  entered_by    text NOT NULL,
  entered_at    timestamptz NOT NULL,
  PRIMARY KEY (workplace_id, year, quarter)
);
