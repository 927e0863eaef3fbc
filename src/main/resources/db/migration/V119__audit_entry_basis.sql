-- audit module: the basis of each decision (issue #3 §4/§5: the relationship that let the user in, such as
-- NEAREST_LEADER or CLINIC_PATHWAY; see access.AccessBasis). Nullable: entries written before this migration have none,
-- and a denial for want of any relationship has none either. Hash version 3 (AuditHash) covers it; entries of versions
-- 1 and 2 keep verifying as they were. Adding the column fires no row trigger, so the append-only guard stays as it is.
ALTER TABLE audit_entry ADD COLUMN basis VARCHAR(40);
