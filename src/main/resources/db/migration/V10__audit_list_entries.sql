-- A list read (a worklist page, an intake list) is one access-log entry naming every person shown, instead of one row
-- per person: the patient's "who has looked" and the security officer's search find it through this GIN index.
ALTER TABLE audit_entry ADD COLUMN person_ids UUID[];
CREATE INDEX audit_entry_person_ids_idx ON audit_entry USING gin (person_ids);
