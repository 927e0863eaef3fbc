-- A mark counts its changes: marking an already marked pathway raises the generation instead of waiting. The refresher
-- reads marks without locking them, recomputes, and removes only the marks whose generation it read, so a change that
-- lands while a pathway is being recomputed leaves its mark in place (recomputed again next time), and writers never
-- wait for a refresh in progress. See decision 0010.
ALTER TABLE indicator_stale ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
