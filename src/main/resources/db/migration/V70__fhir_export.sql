-- FHIR Bulk Data $export jobs (fhir module): state survives a restart, so a poll after one answers properly.
CREATE TABLE fhir_export_job (
  id               UUID PRIMARY KEY,
  username         VARCHAR(100) NOT NULL,
  request_url      TEXT         NOT NULL,
  group_id         VARCHAR(9),
  types            TEXT         NOT NULL,
  since            TIMESTAMPTZ,
  status           VARCHAR(20)  NOT NULL
      CHECK (status IN ('ACCEPTED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
  transaction_time TIMESTAMPTZ  NOT NULL,
  total            BIGINT       NOT NULL DEFAULT 0,
  done             BIGINT       NOT NULL DEFAULT 0,
  error            TEXT,
  finished_at      TIMESTAMPTZ
);
CREATE INDEX fhir_export_job_status ON fhir_export_job (status);

-- One NDJSON file per resource type of a finished job, in the export directory.
CREATE TABLE fhir_export_file (
  job_id         UUID         NOT NULL REFERENCES fhir_export_job (id) ON DELETE CASCADE,
  resource_type  VARCHAR(40)  NOT NULL,
  resource_count BIGINT       NOT NULL,
  PRIMARY KEY (job_id, resource_type)
);

-- The secret key of the export pseudonyms (HMAC), created on first use; it never leaves the database.
CREATE TABLE fhir_pseudonym_key (
  id     SMALLINT PRIMARY KEY CHECK (id = 1),
  secret BYTEA    NOT NULL
);
