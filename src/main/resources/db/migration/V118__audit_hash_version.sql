-- audit module: which fields an entry's hash covers. Version 1 (every entry before this migration) leaves out the
-- user's display name and the organisation's name, which the patient's access log shows; version 2 covers them and its
-- own number. Adding the column fires no row trigger, so the append-only guard stays as it is. New entries state their
-- version (no default): AuditAppender writes AuditHash.CURRENT_VERSION.
ALTER TABLE audit_entry ADD COLUMN hash_version SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE audit_entry ALTER COLUMN hash_version DROP DEFAULT;
