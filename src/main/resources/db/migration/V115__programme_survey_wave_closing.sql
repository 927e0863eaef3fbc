-- A survey wave of a run is closed once (decision 0032): after that it takes no answers, and only closed waves are
-- published. The before-wave closes when the first step is delivered; the owner closes the others.
CREATE TABLE programme_survey_wave (
  run_id     uuid NOT NULL REFERENCES programme_run (id),
  wave       text NOT NULL,
  closed_on  date NOT NULL,
  closed_by  text NOT NULL,
  PRIMARY KEY (run_id, wave)
);
