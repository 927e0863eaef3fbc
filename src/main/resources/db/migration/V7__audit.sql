-- audit module: the append-only, hash-chained access log.
CREATE TABLE audit_entry (
  seq                BIGINT PRIMARY KEY,
  at                 TIMESTAMPTZ  NOT NULL,
  username           VARCHAR(100) NOT NULL,
  display_name       VARCHAR(200),
  role               VARCHAR(100),
  organisation_number VARCHAR(20),
  organisation_name  VARCHAR(200),
  person_id          UUID,
  resource_type      VARCHAR(60),
  resource_id        VARCHAR(100),
  category           VARCHAR(20),
  action             VARCHAR(10)  NOT NULL,
  purpose            VARCHAR(40),
  consent_id         UUID,
  allowed            BOOLEAN      NOT NULL,
  reason             VARCHAR(300),
  prev_hash          CHAR(64)     NOT NULL,
  hash               CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_person_idx ON audit_entry (person_id, seq);
CREATE INDEX audit_entry_user_idx ON audit_entry (username, seq);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);

-- Append-only: the database itself refuses changes and deletions.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only';
END $$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
